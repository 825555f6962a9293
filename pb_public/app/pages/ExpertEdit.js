// 专家录入 (设为专家, guide §4.7 图4-18): the expert profile of one of the
// tenant's users, prefilled from his existing profile or his account;
// region cascader and domain lists from the dicts, 500-character counters,
// photo JPEG/JPG/PNG ≤2 MB checked before upload.
import { ref, reactive, onMounted } from 'vue'
import { ElMessage } from 'element-plus'
import { dicts, setExpert, expertPrefill, fileUrl, regionText, serverErrors, errorMessage } from '../api.js'
import { route, push } from '../router.js'
import { checkFile, PHOTO_EXTS } from '../util.js'

const FIELDS = ['name', 'position', 'major', 'professional_title', 'region', 'years_ii', 'years_industry', 'ii_domains', 'industry_domains', 'operating_domains', 'intro', 'work_experience', 'project_experience']

export default {
  name: 'ExpertEditPage',
  setup() {
    const user = ref(null)
    const existing = ref(null)
    const pending = ref(0)
    const opts = ref({})
    const f = reactive({ name: '', position: '', major: '', professional_title: '', region: [], years_ii: '', years_industry: '', ii_domains: [], industry_domains: [], operating_domains: [], intro: '', work_experience: '', project_experience: '' })
    const photo = ref(null)
    const photoPreview = ref('')
    const loading = ref(true)
    const loadError = ref('')
    const saving = ref(false)
    const formRef = ref(null)
    const { errors, apply, clear } = serverErrors()
    onMounted(async () => {
      try {
        const id = route.params.id
        const [pre, d] = await Promise.all([
          expertPrefill(id),
          dicts(['region', 'professional_title', 'service_years', 'expert_ii_domain', 'expert_industry', 'expert_operating']),
        ])
        user.value = pre.user
        opts.value = d
        existing.value = pre.expert || null
        pending.value = pre.pending_assignments || 0
        const src = pre.prefill || {}
        for (const k of FIELDS) if (src[k] !== undefined && src[k] !== null) f[k] = src[k]
        if (!f.name) f.name = pre.user?.name || ''
        const ex = pre.expert
        if (ex?.photo) photoPreview.value = ex.photo_url || (ex.collectionId ? fileUrl(ex, ex.photo, '200x200') : '')
      } catch (e) {
        loadError.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    })
    const req = (msg, trigger = 'change') => [{ required: true, message: msg, trigger }]
    const rules = {
      name: req('请输入姓名', 'blur'), major: req('请输入专业', 'blur'), region: req('请选择所属区域'),
      years_ii: req('请选择工业互联网服务年限'), years_industry: req('请选择工业领域服务年限'),
      ii_domains: req('请选择工业互联网专业领域'), industry_domains: req('请选择工业行业领域'), operating_domains: req('请选择企业运行领域'),
      intro: req('请输入专家介绍', 'blur'),
    }
    const pickPhoto = (uploadFile) => {
      const file = uploadFile.raw || uploadFile
      const msg = checkFile(file, PHOTO_EXTS, 2, '照片')
      if (msg) {
        ElMessage.error(msg.replace('jpeg,jpg,png', 'JPEG、JPG、PNG'))
        return false
      }
      photo.value = file
      photoPreview.value = URL.createObjectURL(file)
      delete errors.photo
      return false
    }
    const submit = async () => {
      clear()
      if (!(await formRef.value.validate().catch(() => false))) return
      saving.value = true
      try {
        const data = { ...f, region_text: regionText(f.region, '') }
        let body = data
        if (photo.value) {
          body = new FormData()
          for (const [k, v] of Object.entries(data)) body.append(k, Array.isArray(v) ? JSON.stringify(v) : v ?? '')
          body.append('photo', photo.value)
        }
        await setExpert(route.params.id, body)
        ElMessage.success('设为专家成功')
        push('/workbench/users')
      } catch (e) {
        ElMessage.error(apply(e, '设为专家失败'))
      } finally {
        saving.value = false
      }
    }
    return { user, existing, opts, f, photoPreview, loading, loadError, saving, formRef, rules, errors, pickPhoto, submit, push }
  },
  template: `
  <div class="panel" v-loading="loading" style="min-height:260px" data-test="expert-edit">
    <el-result v-if="loadError" icon="warning" :title="loadError" />
    <template v-else-if="user">
      <div class="panel-title"><h3>专家录入 <span class="muted small">{{ user.username }}</span></h3><el-tag v-if="existing && existing.active" type="success">当前为专家</el-tag></div>
      <el-form ref="formRef" :model="f" :rules="rules" label-width="150px" class="resp-form" @submit.prevent>
        <div class="grid grid-2" style="gap:0 16px">
          <el-form-item label="姓名" prop="name" :error="errors.name"><el-input v-model="f.name" maxlength="50" data-test="ex-name" /></el-form-item>
          <el-form-item label="职务" prop="position" :error="errors.position"><el-input v-model="f.position" maxlength="50" /></el-form-item>
          <el-form-item label="专业" prop="major" :error="errors.major"><el-input v-model="f.major" maxlength="100" data-test="ex-major" /></el-form-item>
          <el-form-item label="职称" prop="professional_title" :error="errors.professional_title">
            <el-select v-model="f.professional_title" clearable placeholder="请选择" style="width:100%"><el-option v-for="o in opts.professional_title" :key="o.value" :value="o.value" :label="o.label" /></el-select>
          </el-form-item>
        </div>
        <el-form-item label="所属区域" prop="region" :error="errors.region" data-field="region">
          <el-cascader v-model="f.region" :options="opts.region" filterable clearable placeholder="请选择省/市/区" style="width:100%" data-test="ex-region" />
        </el-form-item>
        <div class="grid grid-2" style="gap:0 16px">
          <el-form-item label="工业互联网服务年限" prop="years_ii" :error="errors.years_ii" data-field="years_ii">
            <el-select v-model="f.years_ii" placeholder="年限" style="width:100%"><el-option v-for="o in opts.service_years" :key="o.value" :value="o.value" :label="o.label" /></el-select>
          </el-form-item>
          <el-form-item label="工业领域服务年限" prop="years_industry" :error="errors.years_industry" data-field="years_industry">
            <el-select v-model="f.years_industry" placeholder="年限" style="width:100%"><el-option v-for="o in opts.service_years" :key="o.value" :value="o.value" :label="o.label" /></el-select>
          </el-form-item>
        </div>
        <el-form-item label="工业互联网专业领域" prop="ii_domains" :error="errors.ii_domains" data-field="ii_domains">
          <el-select v-model="f.ii_domains" multiple filterable placeholder="请选择" style="width:100%"><el-option v-for="o in opts.expert_ii_domain" :key="o.value" :value="o.value" :label="o.label" /></el-select>
        </el-form-item>
        <el-form-item label="工业行业领域" prop="industry_domains" :error="errors.industry_domains" data-field="industry_domains">
          <el-select v-model="f.industry_domains" multiple filterable placeholder="请选择" style="width:100%"><el-option v-for="o in opts.expert_industry" :key="o.value" :value="o.value" :label="o.label" /></el-select>
        </el-form-item>
        <el-form-item label="企业运行领域" prop="operating_domains" :error="errors.operating_domains" data-field="operating_domains">
          <el-select v-model="f.operating_domains" multiple filterable placeholder="请选择" style="width:100%"><el-option v-for="o in opts.expert_operating" :key="o.value" :value="o.value" :label="o.label" /></el-select>
        </el-form-item>
        <el-form-item label="专家介绍" prop="intro" :error="errors.intro"><el-input v-model="f.intro" type="textarea" :rows="3" maxlength="500" show-word-limit data-test="ex-intro" /></el-form-item>
        <el-form-item label="工作经验" prop="work_experience" :error="errors.work_experience"><el-input v-model="f.work_experience" type="textarea" :rows="3" maxlength="500" show-word-limit /></el-form-item>
        <el-form-item label="项目经验" prop="project_experience" :error="errors.project_experience"><el-input v-model="f.project_experience" type="textarea" :rows="3" maxlength="500" show-word-limit /></el-form-item>
        <el-form-item label="照片" :error="errors.photo">
          <div style="display:flex;gap:12px;align-items:flex-start;flex-wrap:wrap">
            <img v-if="photoPreview" :src="photoPreview" alt="照片" style="width:90px;height:120px;object-fit:cover;border-radius:4px">
            <el-upload :auto-upload="false" :show-file-list="false" accept=".jpeg,.jpg,.png" :on-change="pickPhoto" data-test="ex-photo"><el-button>上传照片</el-button></el-upload>
          </div>
          <div class="upload-hint" style="width:100%">建议上传2寸照，照片支持JPEG、JPG、PNG，不超过2M</div>
        </el-form-item>
        <el-form-item label=" " class="no-label">
          <el-button @click="push('/workbench/users')">取消</el-button>
          <el-button type="primary" :loading="saving" @click="submit" data-test="ex-submit">确认</el-button>
        </el-form-item>
      </el-form>
    </template>
  </div>`,
}
