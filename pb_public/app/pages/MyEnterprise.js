// 我的企业 (图4-2 / 图5-3): certification state, every field of the
// questionnaire, 申请详情, and after a rejection: edit and resubmit.
import { ref, reactive, computed, onMounted } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, refreshAuth, formSchema, saveEnterpriseDraft, submitEnterprise, serverErrors, fileUrl, errorMessage } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { CERT_STATUS, fmtDate } from '../util.js'
import { enterpriseValues, enterpriseData, missingRequired, isFileField, fileColumn, fieldLabel } from '../schema.js'
import SchemaForm from '../components/SchemaForm.js'
import SchemaView from '../components/SchemaView.js'
import HistoryTab from '../components/HistoryTab.js'

export default {
  name: 'MyEnterprisePage',
  components: { SchemaForm, SchemaView, HistoryTab },
  setup() {
    const ent = ref(null)
    const schema = ref(null)
    const values = ref({})
    const fileUrls = reactive({})
    const hasFile = reactive({})
    const application = ref(null)
    const loading = ref(true)
    const error = ref('')
    const editing = ref(false)
    const saving = ref(false)
    const { errors, apply, clear } = serverErrors()

    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        const id = session.user?.enterprise
        if (!id) {
          error.value = '尚未填写企业信息'
          return
        }
        const [e, s, apps] = await Promise.all([
          pb.collection('enterprises').getOne(id),
          formSchema(session.user.role),
          pb.collection('applications').getList(1, 1, { filter: pb.filter('type = "certification" && enterprise = {:id}', { id }), sort: '-created', skipTotal: true }),
        ])
        ent.value = e
        schema.value = s
        values.value = enterpriseValues(s, e)
        application.value = apps.items[0] || null
        for (const sec of s.sections) for (const f of sec.fields) {
          if (!isFileField(f)) continue
          const name = e[fileColumn(f)]
          hasFile[f.key] = !!(Array.isArray(name) ? name.length : name)
          fileUrls[f.key] = hasFile[f.key] ? fileUrl(e, name) : ''
        }
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)

    const status = computed(() => CERT_STATUS[ent.value?.cert_status] || { text: ent.value?.cert_status, type: 'info' })
    const canEdit = computed(() => session.user?.tenant_admin && ['rejected', 'draft'].includes(ent.value?.cert_status))

    const onFile = async (key, file) => {
      const f = schema.value.sections.flatMap((s) => s.fields).find((x) => x.key === key)
      saving.value = true
      try {
        ent.value = await saveEnterpriseDraft(ent.value.id, enterpriseData(schema.value, values.value), file, fileColumn(f))
        hasFile[key] = true
        fileUrls[key] = fileUrl(ent.value, ent.value[fileColumn(f)])
        ElMessage.success('已上传')
      } catch (e) {
        ElMessage.error(apply(e, '上传失败'))
      } finally {
        saving.value = false
      }
    }
    const saveDraft = async () => {
      saving.value = true
      clear()
      try {
        ent.value = await saveEnterpriseDraft(ent.value.id, enterpriseData(schema.value, values.value))
        ElMessage.success('已保存')
        return true
      } catch (e) {
        ElMessage.error(apply(e, '保存失败'))
        return false
      } finally {
        saving.value = false
      }
    }
    const resubmit = async () => {
      clear()
      const missing = missingRequired(schema.value, values.value, hasFile)
      if (missing.length) {
        for (const f of missing) errors[f.key] = `请填写${fieldLabel(f, values.value)}`
        return ElMessage.error(`还有 ${missing.length} 项必填信息未填写`)
      }
      if (!(await ElMessageBox.confirm('确认提交企业信息进行认证审核？', '重新提交', { type: 'warning' }).catch(() => false))) return
      if (!(await saveDraft())) return
      saving.value = true
      try {
        await submitEnterprise(ent.value.id)
        await refreshAuth().catch(() => {})
        ElMessage.success('已提交，请等待审核')
        editing.value = false
        await load()
      } catch (e) {
        ElMessage.error(apply(e, '提交失败'))
      } finally {
        saving.value = false
      }
    }
    return { ent, schema, values, fileUrls, application, loading, error, editing, saving, errors, status, canEdit, onFile, saveDraft, resubmit, fmtDate, push }
  },
  template: `
  <div class="panel" v-loading="loading" style="min-height:240px" data-test="my-enterprise">
    <div class="panel-title">
      <h3 style="display:flex;align-items:center;gap:10px">企业信息
        <el-tag v-if="ent" :type="status.type" data-test="cert-status">{{ status.text }}</el-tag>
        <a v-if="application" :href="'/workbench/applications/' + application.id" style="font-size:14px;font-weight:normal" data-test="cert-app-link">申请详情 &gt;</a>
      </h3>
      <div v-if="ent && !editing">
        <el-button v-if="canEdit && ent.cert_status === 'rejected'" type="primary" @click="editing = true" data-test="edit-enterprise">修改并重新提交</el-button>
        <el-button v-else-if="canEdit" type="primary" @click="push('/register')">继续填写</el-button>
      </div>
    </div>
    <el-result v-if="error" icon="info" :title="error"><template #extra><el-button type="primary" @click="push('/register')">填写企业信息</el-button></template></el-result>
    <template v-else-if="ent && schema">
      <el-alert v-if="ent.cert_status === 'rejected'" type="error" show-icon :closable="false" style="margin-bottom:12px" :title="'审批驳回：' + (ent.cert_comment || '')" />
      <el-alert v-else-if="ent.cert_status === 'pending'" type="warning" show-icon :closable="false" style="margin-bottom:12px" :title="'认证审批中，提交时间 ' + fmtDate(ent.submitted_at)" />
      <template v-if="editing">
        <schema-form :schema="schema" v-model="values" :errors="errors" :file-urls="fileUrls" open-all @file="onFile" />
        <div style="display:flex;justify-content:center;gap:12px;margin-top:16px">
          <el-button @click="editing = false">取消</el-button>
          <el-button :loading="saving" @click="saveDraft">保存</el-button>
          <el-button type="primary" :loading="saving" @click="resubmit" data-test="resubmit">重新提交</el-button>
        </div>
      </template>
      <schema-view v-else :schema="schema" :values="values" :file-urls="fileUrls" />
      <history-tab v-if="ent && !editing" collection="enterprises" :record="ent.id" flat style="margin-top:16px" />
    </template>
  </div>`,
}
