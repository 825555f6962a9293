// An enterprise as the certification reviewer sees it: state, licence and
// every questionnaire field, from the schema of its kind.
import { ref, reactive, onMounted } from 'vue'
import { pb, formSchema, fileUrl, errorMessage } from '../api.js'
import { CERT_STATUS } from '../util.js'
import { enterpriseValues, isFileField, fileColumn } from '../schema.js'
import SchemaView from './SchemaView.js'

export default {
  name: 'EnterpriseView',
  components: { SchemaView },
  props: { enterpriseId: { type: String, required: true } },
  setup(props) {
    const ent = ref(null)
    const schema = ref(null)
    const values = ref({})
    const fileUrls = reactive({})
    const loading = ref(true)
    const error = ref('')
    onMounted(async () => {
      try {
        const e = await pb.collection('enterprises').getOne(props.enterpriseId)
        const s = await formSchema(e.kind)
        for (const sec of s.sections) for (const f of sec.fields) {
          if (isFileField(f)) fileUrls[f.key] = e[fileColumn(f)] ? fileUrl(e, e[fileColumn(f)]) : ''
        }
        ent.value = e
        schema.value = s
        values.value = enterpriseValues(s, e)
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    })
    return { ent, schema, values, fileUrls, loading, error, CERT_STATUS }
  },
  template: `
  <div v-loading="loading" style="min-height:120px" data-test="enterprise-view">
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" />
    <template v-else-if="ent && schema">
      <div style="display:flex;gap:10px;align-items:center;margin-bottom:10px;flex-wrap:wrap">
        <b style="font-size:16px">{{ ent.name || '（未填写企业名称）' }}</b>
        <el-tag size="small">{{ ent.kind === 'provider' ? '服务商' : '企业用户' }}</el-tag>
        <el-tag size="small" :type="(CERT_STATUS[ent.cert_status]||{}).type">{{ (CERT_STATUS[ent.cert_status]||{}).text }}</el-tag>
      </div>
      <schema-view :schema="schema" :values="values" :file-urls="fileUrls" />
    </template>
  </div>`,
}
