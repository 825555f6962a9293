// Helpers shared by SchemaForm and SchemaView: what a field of a form
// schema (GET /api/smedx/forms/{kind}) looks like to the UI, and how its
// values map to an `enterprises` record (fields with "column" live in real
// columns, the rest in the `profile` JSON).
import { dicts } from './api.js'
import { PHONE_RE } from './util.js'

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
      if (typeof f.year_offset === 'number' && profile[f.key + '_year']) v[f.key + '_year'] = profile[f.key + '_year']
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
      else if (val !== null && val !== undefined && !(Array.isArray(val) && !val.length) && val !== '') {
        data.profile[f.key] = val
        // A value of a relative year goes with the year it is for.
        if (typeof f.year_offset === 'number') data.profile[f.key + '_year'] = Number(values[f.key + '_year']) || new Date().getFullYear() + f.year_offset
      }
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

// incomplete tells a value the user is still typing (a phone of 5 digits,
// half an e-mail) from a finished one, by the field's format. Autosave
// keeps the stored value of such a field instead of sending it, so a draft
// is never refused (自动保存失败) for a field the user has not finished.
const FORMATS = {
  phone: (v) => PHONE_RE.test(v),
  email: (v) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v),
  credit_code: (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v),
  postcode: (v) => /^\d{6}$/.test(v),
}
export function incomplete(f, v) {
  const check = FORMATS[(f.type || '').toLowerCase()]
  return !!check && v !== null && v !== undefined && v !== '' && !check(String(v).trim())
}

// draftData is enterpriseData for an autosave: unfinished values are
// replaced by what the server holds (stored: the enterprises record).
export function draftData(schema, values, stored) {
  const data = enterpriseData(schema, values)
  const profile = stored?.profile || {}
  for (const s of schema.sections) {
    for (const f of s.fields) {
      if (isFileField(f) || !incomplete(f, values[f.key])) continue
      if (f.column) delete data[f.column]
      else if (profile[f.key] !== undefined) data.profile[f.key] = profile[f.key]
      else delete data.profile[f.key]
    }
  }
  return data
}

// fieldLabel is a field's label. A field measured for a year relative to
// the current one (year_offset: -1 = last year) is labelled with that year
// — or with the year stored beside its value (profile[key + "_year"]), so
// an answer given last year keeps the year it was given for.
export function fieldLabel(f, values) {
  if (typeof f.year_offset !== 'number') return f.label
  const year = Number(values?.[f.key + '_year']) || new Date().getFullYear() + f.year_offset
  return `${year}年${f.label}`
}

// repeatGroups finds the fields a user adds with "+": key_2, key_3… next to
// a key_1 of the same kind (所属行业1/2/3). It maps each follower to the
// key of its first field.
export function repeatGroups(schema) {
  const groups = {}
  for (const s of schema?.sections || []) {
    const keys = new Set(s.fields.map((f) => f.key))
    for (const f of s.fields) {
      const m = /^(.+)_([2-9])$/.exec(f.key)
      if (m && keys.has(`${m[1]}_1`)) groups[f.key] = `${m[1]}_1`
    }
  }
  return groups
}
