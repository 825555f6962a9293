package demo

// demoProfile returns the questionnaire answers of a demo tenant.
func demoProfile(t tenant) map[string]any { return map[string]any{} }
