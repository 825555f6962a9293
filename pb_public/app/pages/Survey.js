// 企业需求收集 (推荐试点企业需求调研表, enterprise guide §3.1): anyone may answer.
import { ref, reactive, onMounted } from 'vue'
import { ElMessage } from 'element-plus'
import { pb, dicts, serverErrors } from '../api.js'
import { session } from '../store.js'
import { PHONE_RE } from '../util.js'

export default {
  name: 'SurveyPage',
  setup() {
    const form = reactive({ company_name: '', city: '', enterprise_type: '', needs: [], needs_text: '', contact_name: '', contact_phone: '' })
    const opts = ref({ city: [], enterprise_type: [], demand: [] })
    const formRef = ref(null)
    const saving = ref(false)
    const done = ref(false)
    const { errors, apply } = serverErrors()
    const rules = {
      company_name: [{ required: true, message: '请输入企业名称', trigger: 'blur' }],
      city: [{ required: true, message: '请选择所在市', trigger: 'change' }],
      enterprise_type: [{ required: true, message: '请选择企业类型', trigger: 'change' }],
      needs: [{ type: 'array', required: true, min: 1, message: '请至少选择一项需求', trigger: 'change' }],
      contact_phone: [{ validator: (_r, v, cb) => (!v || PHONE_RE.test(v) ? cb() : cb(new Error('手机号应为1开头的11位数字'))), trigger: 'blur' }],
    }
    onMounted(async () => {
      opts.value = await dicts(['city', 'enterprise_type', 'demand'])
      const ent = session.enterprise
      if (ent?.name) form.company_name = ent.name
    })
    const submit = async () => {
      if (!(await formRef.value.validate().catch(() => false))) return
      saving.value = true
      try {
        await pb.collection('demand_surveys').create({ ...form })
        done.value = true
      } catch (e) {
        ElMessage.error(apply(e, '提交失败'))
      } finally {
        saving.value = false
      }
    }
    const again = () => {
      Object.assign(form, { company_name: '', city: '', enterprise_type: '', needs: [], needs_text: '', contact_name: '', contact_phone: '' })
      done.value = false
    }
    return { form, opts, formRef, rules, errors, saving, done, submit, again }
  },
  template: `
  <section class="panel" style="max-width:820px;margin:0 auto 16px">
    <div class="panel-title"><h2>推荐试点企业需求调研表</h2></div>
    <el-result v-if="done" icon="success" title="提交成功" sub-title="感谢您的反馈，我们将根据调研结果组织服务商和专家对接。" data-test="survey-done">
      <template #extra><el-button @click="again">再填一份</el-button><a href="/" style="margin-left:12px"><el-button type="primary">返回首页</el-button></a></template>
    </el-result>
    <el-form v-else ref="formRef" :model="form" :rules="rules" label-position="top" class="resp-form" data-test="survey-form">
      <el-form-item label="1. 企业名称" prop="company_name" :error="errors.company_name">
        <el-input v-model="form.company_name" maxlength="200" placeholder="请输入企业全称" data-test="survey-company" />
      </el-form-item>
      <el-form-item label="2. 所在市" prop="city" :error="errors.city">
        <el-select v-model="form.city" placeholder="请选择" filterable style="width:100%" data-test="survey-city">
          <el-option v-for="o in opts.city" :key="o.value" :value="o.value" :label="o.label" />
        </el-select>
      </el-form-item>
      <el-form-item label="3. 企业类型" prop="enterprise_type" :error="errors.enterprise_type">
        <el-radio-group v-model="form.enterprise_type" style="display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));width:100%">
          <el-radio v-for="o in opts.enterprise_type" :key="o.value" :value="o.value">{{ o.label }}</el-radio>
        </el-radio-group>
      </el-form-item>
      <el-form-item label="4. 数字化转型需求" prop="needs" :error="errors.needs">
        <el-checkbox-group v-model="form.needs" style="display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));width:100%">
          <el-checkbox v-for="o in opts.demand" :key="o.value" :value="o.value">{{ o.label }}</el-checkbox>
        </el-checkbox-group>
      </el-form-item>
      <el-form-item label="需求描述" prop="needs_text" :error="errors.needs_text">
        <el-input v-model="form.needs_text" type="textarea" :rows="4" maxlength="2000" show-word-limit placeholder="请描述企业当前的痛点和希望解决的问题" />
      </el-form-item>
      <div class="grid grid-2" style="gap:0 16px">
        <el-form-item label="联系人" prop="contact_name" :error="errors.contact_name"><el-input v-model="form.contact_name" maxlength="50" data-test="survey-contact" /></el-form-item>
        <el-form-item label="联系电话" prop="contact_phone" :error="errors.contact_phone"><el-input v-model="form.contact_phone" maxlength="11" placeholder="手机号" data-test="survey-phone" /></el-form-item>
      </div>
      <el-button type="primary" size="large" :loading="saving" @click="submit" data-test="survey-submit">提交</el-button>
    </el-form>
  </section>`,
}
