// Helpers shared by SchemaForm and SchemaView: what a field of a form
// schema (GET /api/smedx/forms/{kind}) looks like to the UI, and how its
// values map to an `enterprises` record (fields with "column" live in real
// columns, the rest in the `profile` JSON).
import { dicts } from './api.js'

export const FILE_TYPES = ['file', 'image', 'upload']

export function isFileField(f) {
  return FILE_TYPES.includes(f.type)
}

export function fieldDicts(schema) {
  const out = new Set()
  for (const s of schema?.sections || []) {
    for (const f of s.fields) {
      if (f.dict) out.add(f.dict)
      else if (isRegionField(f)) out.add('region')
    }
  }
  return [...out]
}

export async function loadFieldOptions(schema) {
  const list = fieldDicts(schema)
  return list.length ? dicts(list) : {}
}

// Region fields hold GB/T 2260 code paths ([370000, 370100, 370102]) from
// the `region` dict tree.
export function isRegionField(f) {
  return ['region', 'area', 'address_region'].includes((f.type || '').toLowerCase())
}

export function optionsOf(f, dictOptions) {
  if (f.dict) return dictOptions[f.dict] || []
  if (isRegionField(f)) return dictOptions.region || []
  return (f.options || []).map((o) => (typeof o === 'object' ? { ...o, value: o.value ?? o.code, label: o.label ?? o.name ?? o.value } : { value: o, label: String(o) }))
}

export function fieldType(f, opts) {
  const t = (f.type || 'text').toLowerCase()
  if (isRegionField(f)) return 'region'
  if (['select', 'dict', 'multiselect'].includes(t) && opts?.some((o) => o.children?.length)) return f.multiple || t === 'multiselect' ? 'cascader-multi' : 'cascader'
  if (t === 'select' && f.multiple) return 'multiselect'
  if (['checkbox', 'checkboxes'].includes(t) && opts?.length) return 'multiselect'
  if (['bool', 'boolean', 'switch', 'yesno'].includes(t)) return 'yesno'
  if (['int', 'integer', 'decimal', 'money', 'money_wan', 'percent', 'float', 'number'].includes(t)) return 'number'
  if (['credit_code', 'postcode', 'email', 'url'].includes(t)) return 'text'
  if (['tel', 'mobile'].includes(t)) return 'phone'
  if (isFileField(f)) return 'file'
  return t
}

export function emptyValue(f) {
  const t = (f.type || '').toLowerCase()
  if (f.multiple || ['multiselect', 'checkboxes', 'region', 'area'].includes(t)) return []
  return null
}

// enterpriseValues flattens an enterprises record into {fieldKey: value}.
export function enterpriseValues(schema, ent) {
  const v = {}
  const profile = ent?.profile || {}
  for (const s of schema.sections) {
    for (const f of s.fields) {
      if (isFileField(f)) continue
      const raw = f.column ? ent?.[f.column] : profile[f.key]
      v[f.key] = raw === undefined || raw === '' ? emptyValue(f) ?? (f.column ? '' : null) : raw
    }
  }
  return v
}

// enterpriseData is the update body for values: columns and profile.
export function enterpriseData(schema, values) {
  const data = { profile: {} }
  for (const s of schema.sections) {
    for (const f of s.fields) {
      if (isFileField(f)) continue
      const val = values[f.key]
      if (f.column) data[f.column] = val ?? ''
      else if (val !== null && val !== undefined && !(Array.isArray(val) && !val.length) && val !== '') data.profile[f.key] = val
    }
  }
  return data
}

export function fileColumn(f) {
  return f.column || f.key
}

// missingRequired lists required fields without a value (on submit).
export function missingRequired(schema, values, files) {
  const out = []
  for (const s of schema.sections) {
    for (const f of s.fields) {
      if (!f.required) continue
      if (isFileField(f)) {
        if (!files?.[f.key]) out.push(f)
        continue
      }
      const v = values[f.key]
      if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) out.push(f)
    }
  }
  return out
}

export function errorFor(errors, f) {
  return errors[f.key] || (f.column && errors[f.column]) || errors[`profile.${f.key}`] || ''
}
