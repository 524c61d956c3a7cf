/** The help lines every poster and card carries: help now is never more than a glance away. */
export function PrintedHelp({ advocacyService, compact = false }: { advocacyService: string; compact?: boolean }) {
  if (compact) {
    return (
      <p className="printed-help">
        Need to talk? <strong>Childline 0800 1111</strong> (free, any time)
      </p>
    );
  }
  return (
    <div className="printed-help">
      <p>
        Need to talk to someone now? <strong>Childline: 0800 1111</strong>, free, any time, day or night.
      </p>
      {advocacyService !== '' && <p>Advocacy service: {advocacyService}</p>}
    </div>
  );
}
