// The pure statistics (tallies -> indicators, intervals, suppression, the report model)
// arrive with the report issue (#4); the package exists now so the workspace has its final shape.
export {};
