package forms

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"smedx/templates"
)

// Form is a questionnaire schema of templates/forms/<kind>.json. The UI
// renders the form from it and ValidateProfile checks answers against it,
// so both always agree on fields, types, options and required marks.
//
// A profile is a flat JSON object keyed by field key (keys are unique
// across the sections of a form); fields with Column live in the
// enterprises column of that name instead of the profile.
type Form struct {
	Kind     string     `json:"kind"`
	Version  int        `json:"version"`
	Title    string     `json:"title,omitempty"`
	Sections []*Section `json:"sections"`

	fields map[string]*Field
}

// Section is a titled group of fields (企业背景, 运营, ...).
type Section struct {
	Key    string   `json:"key"`
	Title  string   `json:"title"`
	Fields []*Field `json:"fields"`
}

// Field is one question. Min, Max and Decimals are pointers so that an
// explicit 0 is told apart from "use the type's default".
type Field struct {
	Key         string   `json:"key"`
	Label       string   `json:"label"`
	Type        string   `json:"type"`
	Required    bool     `json:"required,omitempty"`
	Column      string   `json:"column,omitempty"`
	Options     []Option `json:"options,omitempty"`
	Dict        string   `json:"dict,omitempty"`
	Min         *float64 `json:"min,omitempty"`
	Max         *float64 `json:"max,omitempty"`
	MaxLength   int      `json:"maxLength,omitempty"`
	Decimals    *int     `json:"decimals,omitempty"`
	Unit        string   `json:"unit,omitempty"`
	Placeholder string   `json:"placeholder,omitempty"`
	Tip         string   `json:"tip,omitempty"`
	MaxItems    int      `json:"maxItems,omitempty"`
	// Lte names another field of the form whose value this one may not
	// exceed (industrial sales ≤ total sales, doctors ≤ masters, ...).
	Lte string `json:"lte,omitempty"`
	// YearOffset marks a figure of a year relative to the current one
	// (-1: last year). Its label is shown after that year (营业收入 →
	// 2025年营业收入) and the year is stored beside the value as
	// profile["<key>_year"] (see forms_year.go). Keys such as revenue_2022
	// keep the names of the guide's form; the stored year is the truth.
	YearOffset *int `json:"year_offset,omitempty"`
}

// Option is an inline choice of a select, radio or multiselect field.
type Option struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// Field types of the schema format.
const (
	TypeText        = "text"
	TypeTextarea    = "textarea"
	TypeNumber      = "number"
	TypeInteger     = "integer"
	TypeMoneyWan    = "money_wan"
	TypePercent     = "percent"
	TypeDate        = "date"
	TypeYear        = "year"
	TypeSelect      = "select"
	TypeMultiselect = "multiselect"
	TypeRadio       = "radio"
	TypeBool        = "bool"
	TypePhone       = "phone"
	TypeEmail       = "email"
	TypeCreditCode  = "credit_code"
	TypePostcode    = "postcode"
	TypeRegion      = "region"
	TypeFile        = "file"
)

// Dict types the forms may reference (rows of the dicts collection).
var formDictTypes = map[string]bool{
	"industry": true, "enterprise_type": true, "city": true, "region": true,
	"key_industry_chain": true, "registration_type": true, "tax_credit_level": true,
	"service_scope": true, "solution_category": true, "tag": true,
	"listed_status": true, "demand": true,
}

// FormKinds are the kinds of enterprises, each with its form.
var FormKinds = []string{"provider", "enterprise"}

// Field lookup.
func (f *Form) Field(key string) *Field { return f.fields[key] }

// Fields returns every field in display order.
func (f *Form) Fields() []*Field {
	var out []*Field
	for _, s := range f.Sections {
		out = append(out, s.Fields...)
	}
	return out
}

func ptrF(v float64) *float64 { return &v }
func ptrI(v int) *int         { return &v }

// applyDefaults fills the limits a type implies when the schema leaves
// them out, so the served schema states every limit the server applies.
func (fl *Field) applyDefaults() {
	switch fl.Type {
	case TypeText:
		if fl.MaxLength == 0 {
			fl.MaxLength = 100
		}
	case TypeTextarea:
		if fl.MaxLength == 0 {
			fl.MaxLength = 2000
		}
	case TypeMoneyWan:
		if fl.Min == nil {
			fl.Min = ptrF(0)
		}
		if fl.Max == nil {
			fl.Max = ptrF(1e9) // 万元: ten trillion yuan
		}
		if fl.Decimals == nil {
			fl.Decimals = ptrI(2)
		}
		if fl.Unit == "" {
			fl.Unit = "万元"
		}
	case TypePercent:
		if fl.Min == nil {
			fl.Min = ptrF(0)
		}
		if fl.Max == nil {
			fl.Max = ptrF(100)
		}
		if fl.Decimals == nil {
			fl.Decimals = ptrI(2)
		}
		if fl.Unit == "" {
			fl.Unit = "%"
		}
	case TypeInteger:
		if fl.Min == nil {
			fl.Min = ptrF(0)
		}
		if fl.Max == nil {
			fl.Max = ptrF(1e9)
		}
		fl.Decimals = ptrI(0)
	case TypeNumber:
		if fl.Min == nil {
			fl.Min = ptrF(0)
		}
		if fl.Max == nil {
			fl.Max = ptrF(1e12)
		}
	case TypeYear:
		if fl.Min == nil {
			fl.Min = ptrF(1900)
		}
		if fl.Max == nil {
			fl.Max = ptrF(2100)
		}
	case TypeMultiselect:
		if fl.MaxItems == 0 {
			fl.MaxItems = 50
		}
	case TypeRegion:
		if fl.Dict == "" {
			fl.Dict = "region"
		}
	}
}

// check reports schema mistakes, so a broken schema fails at start-up and
// in tests rather than when a user saves.
func (f *Form) check() error {
	known := map[string]bool{TypeText: true, TypeTextarea: true, TypeNumber: true, TypeInteger: true,
		TypeMoneyWan: true, TypePercent: true, TypeDate: true, TypeYear: true, TypeSelect: true,
		TypeMultiselect: true, TypeRadio: true, TypeBool: true, TypePhone: true, TypeEmail: true,
		TypeCreditCode: true, TypePostcode: true, TypeRegion: true, TypeFile: true}
	sections := map[string]bool{}
	for _, s := range f.Sections {
		if s.Key == "" || s.Title == "" || sections[s.Key] {
			return fmt.Errorf("form %s: section %q: missing or duplicate key/title", f.Kind, s.Key)
		}
		sections[s.Key] = true
		for _, fl := range s.Fields {
			where := fmt.Sprintf("form %s: field %q", f.Kind, fl.Key)
			switch {
			case fl.Key == "" || fl.Label == "":
				return fmt.Errorf("%s: key and label are required", where)
			case !known[fl.Type]:
				return fmt.Errorf("%s: unknown type %q", where, fl.Type)
			case fl.Type == TypeFile && fl.Column == "":
				return fmt.Errorf("%s: file fields must live in a column", where)
			case fl.Dict != "" && !formDictTypes[fl.Dict]:
				return fmt.Errorf("%s: unknown dict %q", where, fl.Dict)
			case fl.Dict != "" && len(fl.Options) > 0:
				return fmt.Errorf("%s: options and dict are exclusive", where)
			}
			if _, dup := f.fields[fl.Key]; dup {
				return fmt.Errorf("%s: duplicate key", where)
			}
			switch fl.Type {
			case TypeSelect, TypeRadio, TypeMultiselect:
				if fl.Dict == "" && len(fl.Options) == 0 {
					return fmt.Errorf("%s: needs options or dict", where)
				}
				seen := map[string]bool{}
				for _, o := range fl.Options {
					if o.Value == "" || o.Label == "" || seen[o.Value] {
						return fmt.Errorf("%s: empty or duplicate option %q", where, o.Value)
					}
					seen[o.Value] = true
				}
			}
			fl.applyDefaults()
			f.fields[fl.Key] = fl
		}
	}
	for _, fl := range f.fields {
		if fl.YearOffset != nil && (f.fields[YearKey(fl.Key)] != nil || fl.Column != "" || *fl.YearOffset > 0) {
			return fmt.Errorf("form %s: field %q: year_offset needs a profile field, no field %s and an offset ≤ 0", f.Kind, fl.Key, YearKey(fl.Key))
		}
	}
	for _, fl := range f.fields {
		if fl.Lte == "" {
			continue
		}
		other := f.fields[fl.Lte]
		if other == nil || !isNumeric(other.Type) || !isNumeric(fl.Type) {
			return fmt.Errorf("form %s: field %q: lte %q must name a numeric field", f.Kind, fl.Key, fl.Lte)
		}
	}
	return nil
}

func isNumeric(t string) bool {
	switch t {
	case TypeNumber, TypeInteger, TypeMoneyWan, TypePercent, TypeYear:
		return true
	}
	return false
}

// loadedForm is a parsed schema with its served JSON and ETag.
type loadedForm struct {
	form *Form
	json []byte
	etag string
}

var (
	formsOnce sync.Once
	forms     map[string]*loadedForm
	formsErr  error
)

func loadForms() (map[string]*loadedForm, error) {
	formsOnce.Do(func() {
		forms = map[string]*loadedForm{}
		for _, kind := range FormKinds {
			raw, err := templates.FS.ReadFile("forms/" + kind + ".json")
			if err != nil {
				formsErr = err
				return
			}
			f := &Form{fields: map[string]*Field{}}
			if err := json.Unmarshal(raw, f); err != nil {
				formsErr = fmt.Errorf("forms/%s.json: %w", kind, err)
				return
			}
			if f.Kind != kind {
				formsErr = fmt.Errorf("forms/%s.json: kind is %q", kind, f.Kind)
				return
			}
			if err := f.check(); err != nil {
				formsErr = err
				return
			}
			// Served as normalized (defaults applied), so the UI sees
			// exactly the limits the server enforces.
			out, err := json.Marshal(f)
			if err != nil {
				formsErr = err
				return
			}
			sum := sha256.Sum256(out)
			forms[kind] = &loadedForm{form: f, json: out, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
		}
	})
	return forms, formsErr
}

// FormSchema returns the parsed schema of kind ("provider" or "enterprise").
// The result is shared: callers must not modify it.
func FormSchema(kind string) (*Form, error) {
	all, err := loadForms()
	if err != nil {
		return nil, err
	}
	lf, ok := all[kind]
	if !ok {
		return nil, fmt.Errorf("no form for kind %q", kind)
	}
	return lf.form, nil
}
