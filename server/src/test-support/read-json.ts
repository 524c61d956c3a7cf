/** A response's JSON body, typed loosely for assertions (the tests state the shape they expect). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function readJson(res: Response): Promise<any> {
  return res.json();
}
