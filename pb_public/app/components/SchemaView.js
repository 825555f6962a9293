// SchemaView shows a questionnaire read-only, two columns of label and
// value as in 图4-2 / 图5-3, by section.
import { ref, onMounted } from 'vue'
import { optionLabel } from '../api.js'
import { loadFieldOptions, optionsOf, fieldType, fieldLabel } from '../schema.js'

export default {
  name: 'SchemaView',
  props: {
    schema: { type: Object, required: true },
    values: { type: Object, required: true },
    fileUrls: { type: Object, default: () => ({}) },
    sections: { type: Boolean, default: true },
  },
  setup(props) {
    const dictOptions = ref({})
    // Values show once their option lists are here: a stored code is never
    // shown in place of its label, even for a moment.
    const ready = ref(false)
    onMounted(async () => {
      dictOptions.value = await loadFieldOptions(props.schema).catch(() => ({}))
      ready.value = true
    })
    const show = (f) => {
      const v = props.values[f.key]
      if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) return '—'
      const t = fieldType(f, optionsOf(f, dictOptions.value))
      if (t === 'yesno') return v === true || v === 'true' || v === '是' ? '是' : '否'
      if (t === 'region') return (Array.isArray(v) ? v : [v]).map((c) => optionLabel(dictOptions.value.region, c)).join(' / ')
      const opts = optionsOf(f, dictOptions.value)
      if (opts.length) return (Array.isArray(v) ? v : [v]).map((x) => optionLabel(opts, x)).join('、')
      if (Array.isArray(v)) return v.join('、')
      return String(v) + (f.unit && typeof v === 'number' ? ' ' + f.unit : '')
    }
    return { show, fieldType, fieldLabel, ready }
  },
  template: `
  <div data-test="schema-view" :data-ready="ready" v-loading="!ready">
    <template v-for="s in schema.sections" :key="s.key">
      <h4 v-if="sections && schema.sections.length > 1" style="margin:16px 0 8px;color:#083b7c">{{ s.title }} <span class="muted small">({{ s.fields.length }})</span></h4>
      <div class="field-view">
        <div v-for="f in s.fields" :key="f.key" class="cell" :class="{wide: f.type === 'textarea'}">
          <div class="k">{{ fieldLabel(f, values) }}</div>
          <div class="v">
            <template v-if="['file','image','upload'].includes(f.type)">
              <el-image v-if="fileUrls[f.key]" :src="fileUrls[f.key]" :preview-src-list="[fileUrls[f.key]]" style="width:120px;height:80px" fit="cover" preview-teleported />
              <span v-else>—</span>
            </template>
            <template v-else-if="ready">{{ show(f) }}</template>
          </div>
        </div>
      </div>
    </template>
  </div>`,
}
