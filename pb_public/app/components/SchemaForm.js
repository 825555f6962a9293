// SchemaForm renders any questionnaire of GET /api/smedx/forms/{kind}:
// sections that fold with their field counts ("企业背景 (43)"), inputs by
// field type, options from the dicts, the region cascader, and file fields
// (the licence) whose type and size are checked before anything is sent.
// v-model is {fieldKey: value}; `errors` holds server messages by field.
import { ref, computed, onMounted, watch } from 'vue'
import { ElMessage } from 'element-plus'
import { loadFieldOptions, optionsOf, fieldType, errorFor, fieldLabel, repeatGroups } from '../schema.js'

const MB = 1 << 20

export default {
  name: 'SchemaForm',
  props: {
    schema: { type: Object, required: true },
    modelValue: { type: Object, required: true },
    errors: { type: Object, default: () => ({}) },
    fileUrls: { type: Object, default: () => ({}) }, // {fieldKey: url of the stored file}
    openAll: { type: Boolean, default: false },
    disabled: { type: Boolean, default: false },
  },
  emits: ['update:modelValue', 'change', 'file'],
  setup(props, { emit }) {
    const dictOptions = ref({})
    const open = ref(props.openAll ? props.schema.sections.map((s) => s.key) : props.schema.sections.slice(0, 1).map((s) => s.key))
    const uploading = ref({})
    onMounted(async () => {
      dictOptions.value = await loadFieldOptions(props.schema).catch(() => ({}))
    })
    watch(() => props.openAll, (v) => { if (v) open.value = props.schema.sections.map((s) => s.key) })
    // A section's fields are built the first time it opens (the enterprise
    // questionnaire has ~200): the page appears at once, even on a slow
    // machine, and a section once opened keeps its state when folded.
    const seen = ref([...open.value])
    watch(open, (v) => { for (const k of v) if (!seen.value.includes(k)) seen.value = [...seen.value, k] })

    const opts = (f) => optionsOf(f, dictOptions.value)
    const type = (f) => fieldType(f, opts(f))
    const set = (f, v) => {
      emit('update:modelValue', { ...props.modelValue, [f.key]: v })
      emit('change', f.key, v)
    }
    // "+" fields (所属行业2/3 after 所属行业1): hidden until added or filled.
    const groups = computed(() => repeatGroups(props.schema))
    const added = ref([])
    const filled = (k) => {
      const v = props.modelValue[k]
      return !(v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length))
    }
    const shown = (f) => !groups.value[f.key] || filled(f.key) || added.value.includes(f.key) || !!errorFor(props.errors, f)
    const followers = (f) => Object.keys(groups.value).filter((k) => groups.value[k] === f.key)
    const canAdd = (f) => followers(f).some((k) => !shown({ key: k }))
    const addNext = (f) => {
      const k = followers(f).find((x) => !shown({ key: x }))
      if (k) added.value = [...added.value, k]
    }
    const removeRepeat = (f) => {
      added.value = added.value.filter((k) => k !== f.key)
      set(f, Array.isArray(props.modelValue[f.key]) ? [] : null)
    }
    const toggle = (key) => {
      open.value = open.value.includes(key) ? open.value.filter((k) => k !== key) : [...open.value, key]
    }
    const isWide = (f) => f.wide || f.span === 2 || ['textarea', 'file', 'image', 'upload'].includes(f.type)
    const sectionErrors = (s) => s.fields.filter((f) => errorFor(props.errors, f)).length
    const regionOptions = (f) => dictOptions.value.region || []

    // The licence and other files: JPEG/JPG/PNG (or the field's accept
    // list) and at most max_size / max_mb (10 MB by default), checked here.
    const accept = (f) => f.accept || (f.type === 'image' || f.key === 'license' ? ['jpeg', 'jpg', 'png'] : null)
    const maxBytes = (f) => (f.max_size ? Number(f.max_size) : (Number(f.max_mb) || 10) * MB)
    const acceptAttr = (f) => (accept(f) ? accept(f).map((e) => '.' + String(e).replace(/^\./, '')).join(',') : undefined)
    const onFile = (f, uploadFile) => {
      const file = uploadFile.raw || uploadFile
      const ext = (file.name.split('.').pop() || '').toLowerCase()
      const exts = accept(f)
      if (exts && !exts.map((e) => String(e).replace(/^\./, '').toLowerCase()).includes(ext)) {
        ElMessage.error(`${f.label}仅支持 ${exts.map((e) => String(e).toUpperCase()).join('、')} 格式`)
        return false
      }
      if (file.size > maxBytes(f)) {
        ElMessage.error(`${f.label}不能超过 ${Math.round(maxBytes(f) / MB)}M`)
        return false
      }
      emit('file', f.key, file)
      return false
    }
    const hint = (f) => f.help || f.hint || f.tip || (accept(f) ? `上传的图片支持${accept(f).map((e) => String(e).toUpperCase()).join('、')}，不超过${Math.round(maxBytes(f) / MB)}M` : '')
    return { open, seen, toggle, opts, type, set, isWide, shown, canAdd, addNext, removeRepeat, groups, fieldLabel, errorFor, sectionErrors, regionOptions, onFile, acceptAttr, hint, uploading }
  },
  template: `
  <div class="schema-form" data-test="schema-form">
    <section v-for="s in schema.sections" :key="s.key" class="schema-section" :data-section="s.key">
      <div class="head" @click="toggle(s.key)" :data-test="'section-' + s.key">
        <h3>{{ s.title }} <span class="count">({{ s.fields.length }})</span>
          <el-tag v-if="sectionErrors(s)" type="danger" size="small" style="margin-left:6px">{{ sectionErrors(s) }} 项待修改</el-tag>
        </h3>
        <el-icon><icon-arrow-down v-if="open.includes(s.key)" /><icon-arrow-right v-else /></el-icon>
      </div>
      <div class="body" v-if="seen.includes(s.key)" v-show="open.includes(s.key)">
        <el-form label-position="top" :disabled="disabled" @submit.prevent>
          <div class="schema-grid">
            <template v-for="f in s.fields" :key="f.key">
            <el-form-item v-if="shown(f)" :label="fieldLabel(f, modelValue) + (f.unit ? '（' + f.unit + '）' : '')" :required="!!f.required"
              :error="errorFor(errors, f)" :class="{wide: isWide(f)}" :data-field="f.key" :data-type="type(f)">
              <template v-if="type(f) === 'textarea'">
                <el-input type="textarea" :rows="3" :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)" :maxlength="f.maxLength || f.maxlength || 2000" show-word-limit :placeholder="f.placeholder || ('请输入' + f.label)" />
              </template>
              <template v-else-if="type(f) === 'number'">
                <el-input-number :model-value="modelValue[f.key] ?? undefined" @update:model-value="v => set(f, v ?? null)" :min="f.min ?? 0" :max="f.max" :precision="f.decimals ?? f.precision ?? (['int','integer'].includes(f.type) ? 0 : (['decimal','money','money_wan','percent'].includes(f.type) ? 2 : undefined))" :controls="false" style="width:100%" :placeholder="f.placeholder || '请输入'" />
              </template>
              <template v-else-if="type(f) === 'select' || type(f) === 'dict'">
                <el-select :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)" filterable clearable placeholder="请选择" style="width:100%">
                  <el-option v-for="o in opts(f)" :key="o.value" :value="o.value" :label="o.label" />
                </el-select>
              </template>
              <template v-else-if="type(f) === 'multiselect'">
                <el-select :model-value="modelValue[f.key] || []" @update:model-value="v => set(f, v)" multiple filterable clearable :multiple-limit="f.maxItems || f.max_items || 0" placeholder="请选择" style="width:100%">
                  <el-option v-for="o in opts(f)" :key="o.value" :value="o.value" :label="o.label" />
                </el-select>
              </template>
              <template v-else-if="type(f) === 'cascader' || type(f) === 'cascader-multi'">
                <el-cascader :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)" :options="opts(f)" :props="{emitPath: false, multiple: type(f) === 'cascader-multi', checkStrictly: true}" filterable clearable style="width:100%" placeholder="请选择" />
              </template>
              <template v-else-if="type(f) === 'radio'">
                <el-radio-group :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)">
                  <el-radio v-for="o in opts(f)" :key="o.value" :value="o.value">{{ o.label }}</el-radio>
                </el-radio-group>
              </template>
              <template v-else-if="type(f) === 'yesno'">
                <el-radio-group :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)">
                  <el-radio :value="true">是</el-radio><el-radio :value="false">否</el-radio>
                </el-radio-group>
              </template>
              <template v-else-if="type(f) === 'date' || type(f) === 'month' || type(f) === 'year'">
                <el-date-picker :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)" :type="type(f)" :value-format="type(f) === 'year' ? 'YYYY' : type(f) === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'" placeholder="请选择" style="width:100%" />
              </template>
              <template v-else-if="type(f) === 'region'">
                <el-cascader :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)" :options="regionOptions(f)" filterable clearable style="width:100%" placeholder="请选择省/市/区" />
              </template>
              <template v-else-if="type(f) === 'file'">
                <div style="display:flex;gap:12px;align-items:flex-start;flex-wrap:wrap">
                  <img v-if="fileUrls[f.key]" :src="fileUrls[f.key]" class="license-thumb" :alt="f.label">
                  <el-upload :auto-upload="false" :show-file-list="false" :accept="acceptAttr(f)" :on-change="file => onFile(f, file)" :disabled="disabled" :data-test="'upload-' + f.key">
                    <el-button><el-icon style="margin-right:4px"><icon-upload /></el-icon>{{ fileUrls[f.key] ? '重新上传' : '上传' }}</el-button>
                  </el-upload>
                </div>
                <div class="upload-hint" style="width:100%">{{ hint(f) }}</div>
              </template>
              <template v-else>
                <el-input :model-value="modelValue[f.key]" @update:model-value="v => set(f, v)" :maxlength="f.maxLength || f.maxlength" :placeholder="f.placeholder || ('请输入' + f.label)">
                  <template #prepend v-if="type(f) === 'phone'">+86</template>
                </el-input>
              </template>
              <div v-if="canAdd(f) || groups[f.key]" class="repeat-actions">
                <el-button v-if="canAdd(f)" size="small" @click="addNext(f)" :data-test="'add-' + f.key" aria-label="增加一项"><el-icon><icon-plus /></el-icon></el-button>
                <el-button v-if="groups[f.key]" size="small" @click="removeRepeat(f)" :data-test="'remove-' + f.key" aria-label="删除该项"><el-icon><icon-minus /></el-icon></el-button>
              </div>
              <div v-if="(f.help || f.tip) && type(f) !== 'file'" class="upload-hint">{{ f.help || f.tip }}</div>
            </el-form-item>
            </template>
          </div>
        </el-form>
      </div>
    </section>
  </div>`,
}
