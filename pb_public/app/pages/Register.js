// 欢迎注册 (图3-2…3-6): 1 填写帐号信息 → 2 填写企业信息 (the schema-driven
// form, autosaved on the server as a draft) → 3 注册完成. Logging in again
// with the step-1 account brings back the draft, on any browser.
import { ref, reactive, computed, onMounted, onBeforeUnmount, watch, nextTick } from 'vue'
import { ElMessage } from 'element-plus'
import {
  pb, registerAccount, loginWithPassword, refreshAuth, ensureOwnEnterprise, saveEnterpriseDraft,
  submitEnterprise, formSchema, serverErrors, fileUrl, errorMessage,
} from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { passwordChecks, PHONE_RE, USERNAME_RE, debounce, fmtDate, fmtTime } from '../util.js'
import { enterpriseValues, enterpriseData, draftData, missingRequired, isFileField, fileColumn, fieldLabel } from '../schema.js'
import SchemaForm from '../components/SchemaForm.js'
import { AGREEMENTS } from '../components/Agreements.js'

export default {
  name: 'RegisterPage',
  components: { SchemaForm },
  setup() {
    const step = ref(0)
    const booting = ref(true)
    // ---- step 1 ----
    const account = reactive({ role: 'provider', username: '', name: '', phone: '', password: '', passwordConfirm: '', agreement: false })
    const accRef = ref(null)
    const accErr = serverErrors()
    const busy = ref(false)
    const agreement = ref(null)
    const checks = computed(() => passwordChecks(account.password, account.username, account.phone))
    const accRules = {
      username: [{ required: true, message: '请输入用户名', trigger: 'blur' }, { pattern: USERNAME_RE, message: '用户名为6-30位字母、数字或下划线', trigger: 'blur' }],
      name: [{ required: true, message: '请输入您的姓名', trigger: 'blur' }, { max: 50, message: '姓名不能超过50个字', trigger: 'blur' }],
      phone: [{ required: true, message: '请输入手机号', trigger: 'blur' }, { pattern: PHONE_RE, message: '手机号应为1开头的11位数字', trigger: 'blur' }],
      password: [{
        trigger: 'blur',
        validator: (_r, v, cb) => {
          if (!v) return cb(new Error('请输入密码'))
          const bad = checks.value.find((c) => !c.ok)
          return bad ? cb(new Error('密码不符合下列要求')) : cb()
        },
      }],
      passwordConfirm: [{ trigger: 'blur', validator: (_r, v, cb) => (!v ? cb(new Error('请再次输入密码')) : v !== account.password ? cb(new Error('两次输入的密码不一致')) : cb()) }],
      agreement: [{ validator: (_r, v, cb) => (v ? cb() : cb(new Error('请阅读并同意《用户服务协议》和《隐私声明》'))), trigger: 'change' }],
    }

    // ---- step 2 ----
    const schema = ref(null)
    const values = ref({})
    const enterprise = ref(null)
    const entErr = serverErrors()
    const fileUrls = reactive({})
    const hasFile = reactive({})
    const save = reactive({ state: '', at: '', message: '' })
    const submitting = ref(false)
    const openAll = ref(false)
    const loadError = ref('')
    let ready = false

    const loadStep2 = async () => {
      loadError.value = ''
      step.value = 1
      try {
        const user = session.user
        const [s, ent] = await Promise.all([formSchema(user.role), ensureOwnEnterprise()])
        schema.value = s
        enterprise.value = ent
        values.value = enterpriseValues(s, ent)
        for (const sec of s.sections) {
          for (const f of sec.fields) {
            if (!isFileField(f)) continue
            const name = ent[fileColumn(f)]
            hasFile[f.key] = !!(Array.isArray(name) ? name.length : name)
            if (hasFile[f.key]) fileUrls[f.key] = fileUrl(ent, name, '280x190')
          }
        }
        step.value = ent.cert_status === 'pending' || ent.cert_status === 'approved' ? 2 : 1
        if (ent.updated && ent.updated !== ent.created && step.value === 1) {
          save.state = 'ok'
          save.at = fmtDate(ent.updated)
          save.message = '已恢复上次保存的内容'
        }
        await nextTick()
        ready = true
      } catch (e) {
        loadError.value = errorMessage(e, '企业信息加载失败')
      }
    }

    const doSave = async (file, key) => {
      if (!enterprise.value) return
      save.state = 'saving'
      try {
        // Values still being typed (half a phone number) keep their stored
        // value: a draft save never fails on an unfinished field.
        const body = draftData(schema.value, values.value, enterprise.value)
        const f = key && schema.value.sections.flatMap((s) => s.fields).find((x) => x.key === key)
        enterprise.value = await saveEnterpriseDraft(enterprise.value.id, body, file, f ? fileColumn(f) : undefined)
        entErr.clear()
        save.state = 'ok'
        save.at = fmtTime(new Date())
        save.message = '已自动保存'
        if (f) {
          hasFile[key] = true
          fileUrls[key] = fileUrl(enterprise.value, enterprise.value[fileColumn(f)], '280x190')
        }
      } catch (e) {
        save.state = 'err'
        save.message = entErr.apply(e, '自动保存失败')
      }
    }
    const autosave = debounce(() => doSave(), 800)
    watch(values, () => { if (ready && step.value === 1) autosave() }, { deep: true })
    const onFile = (key, file) => {
      autosave.cancel()
      doSave(file, key)
    }
    onBeforeUnmount(() => { if (ready && step.value === 1 && save.state !== 'ok') autosave.flush() })

    onMounted(async () => {
      if (session.user && ['provider', 'enterprise'].includes(session.user.role) && session.user.tenant_admin) {
        await loadStep2()
      }
      booting.value = false
    })

    const next = async () => {
      accErr.clear()
      if (!(await accRef.value.validate().catch(() => false))) return
      busy.value = true
      try {
        await registerAccount(account)
      } catch (e) {
        // The same account again (the guide's way back to a draft): log in.
        const taken = e?.response?.data?.username?.code === 'username_taken'
        const back = taken && (await loginWithPassword(account.username, account.password).then(() => true).catch(() => false))
        if (!back) {
          ElMessage.error(accErr.apply(e, '注册失败'))
          busy.value = false
          return
        }
        ElMessage.success('已登录，继续填写企业信息')
      }
      await loadStep2()
      busy.value = false
    }

    const submit = async () => {
      entErr.clear()
      const missing = missingRequired(schema.value, values.value, hasFile)
      if (missing.length) {
        for (const f of missing) entErr.errors[f.key] = `请填写${fieldLabel(f, values.value)}`
        openAll.value = true
        ElMessage.error(`还有 ${missing.length} 项必填信息未填写`)
        await nextTick()
        document.querySelector('.schema-form .is-error')?.scrollIntoView({ block: 'center' })
        return
      }
      submitting.value = true
      try {
        autosave.cancel()
        await saveEnterpriseDraft(enterprise.value.id, enterpriseData(schema.value, values.value))
        await submitEnterprise(enterprise.value.id)
        await refreshAuth().catch(() => {})
        step.value = 2
        window.scrollTo(0, 0)
      } catch (e) {
        ElMessage.error(entErr.apply(e, '提交失败'))
        openAll.value = true
      } finally {
        submitting.value = false
      }
    }
    const restart = () => {
      pb.authStore.clear()
      step.value = 0
      schema.value = null
      ready = false
    }
    return {
      step, booting, account, accRef, accRules, accErr: accErr.errors, busy, checks, agreement, AGREEMENTS, next,
      schema, values, enterprise, entErr: entErr.errors, fileUrls, save, submitting, openAll, loadError, onFile, submit, loadStep2, restart, session, push,
    }
  },
  template: `
  <div class="auth-wrap panel" data-test="register-page">
    <h2 style="text-align:center;color:#083b7c;margin:4px 0 0">欢迎注册</h2>
    <el-steps :active="step" finish-status="success" align-center class="steps">
      <el-step title="填写帐号信息" /><el-step title="填写企业信息" /><el-step title="注册完成" />
    </el-steps>
    <div v-if="booting" v-loading="true" style="height:200px"></div>

    <el-form v-else-if="step === 0" ref="accRef" :model="account" :rules="accRules" label-width="100px" class="resp-form" style="max-width:520px;margin:0 auto" data-test="register-step1" @submit.prevent>
      <el-form-item label="角色" prop="role" required :error="accErr.role">
        <el-radio-group v-model="account.role" data-test="reg-role">
          <el-radio-button value="provider">服务商</el-radio-button>
          <el-radio-button value="enterprise">企业用户</el-radio-button>
        </el-radio-group>
      </el-form-item>
      <el-form-item label="用户名" prop="username" :error="accErr.username">
        <el-input v-model="account.username" placeholder="请输入用户名" maxlength="30" autocomplete="username" data-test="reg-username" />
        <div class="upload-hint">6-30位字母、数字或下划线，注册后不可修改</div>
      </el-form-item>
      <el-form-item label="姓名" prop="name" :error="accErr.name">
        <el-input v-model="account.name" placeholder="请输入您的真实姓名" maxlength="50" autocomplete="name" data-test="reg-name" />
        <div class="upload-hint">审批、订单和评价中显示的申请人 / 联系人姓名</div>
      </el-form-item>
      <el-form-item label="手机号" prop="phone" :error="accErr.phone">
        <el-input v-model="account.phone" placeholder="请输入手机号" maxlength="11" data-test="reg-phone"><template #prepend>+86</template></el-input>
      </el-form-item>
      <el-form-item label="密码" prop="password" :error="accErr.password" class="is-required">
        <el-input v-model="account.password" type="password" show-password placeholder="请输入密码" maxlength="18" autocomplete="new-password" data-test="reg-password" />
        <ul class="pw-rules">
          <li v-for="c in checks" :key="c.key" :class="!account.password ? '' : c.ok ? 'ok' : 'bad'">
            <el-icon v-if="account.password && c.ok"><icon-circle-check /></el-icon><el-icon v-else-if="account.password"><icon-circle-close /></el-icon><el-icon v-else><icon-info-filled /></el-icon>{{ c.text }}
          </li>
        </ul>
      </el-form-item>
      <el-form-item label="确认密码" prop="passwordConfirm" :error="accErr.passwordConfirm" class="is-required">
        <el-input v-model="account.passwordConfirm" type="password" show-password placeholder="请再次输入密码" maxlength="18" autocomplete="new-password" data-test="reg-confirm" />
      </el-form-item>
      <el-form-item prop="agreement" label=" " :error="accErr.agreement" class="no-label">
        <el-checkbox v-model="account.agreement" data-test="reg-agree"><span class="agree-line">我已阅读并同意</span></el-checkbox>
        <a href="#" @click.prevent="agreement = 'terms'">《用户服务协议》</a>和<a href="#" @click.prevent="agreement = 'privacy'">《隐私声明》</a>
      </el-form-item>
      <el-form-item label=" " class="no-label">
        <el-button @click="push('/')">返回</el-button>
        <el-button type="primary" :loading="busy" @click="next" data-test="reg-next">下一步</el-button>
      </el-form-item>
      <div class="small muted" style="text-align:center">已有帐号？<a href="/login">立即登录</a></div>
    </el-form>

    <div v-else-if="step === 1" data-test="register-step2">
      <el-alert v-if="loadError" :title="loadError" type="error" show-icon :closable="false">
        <el-button size="small" @click="loadStep2">重试</el-button>
      </el-alert>
      <template v-if="schema">
        <div style="display:flex;justify-content:space-between;align-items:center;margin-bottom:12px;gap:8px;flex-wrap:wrap">
          <div class="muted small">帐号：{{ session.user && session.user.username }}（{{ session.user && session.user.role === 'provider' ? '服务商' : '企业用户' }}）· 填写内容自动保存，重新登录后可继续填写
            <el-tag v-if="enterprise && enterprise.cert_status === 'rejected'" type="danger" size="small">审批驳回：{{ enterprise.cert_comment }}</el-tag>
          </div>
          <span class="save-indicator" :class="save.state" data-test="save-indicator">
            <template v-if="save.state === 'saving'"><el-icon class="is-loading"><icon-loading /></el-icon>正在保存…</template>
            <template v-else-if="save.state === 'ok'"><el-icon><icon-circle-check /></el-icon>{{ save.message }} {{ save.at }}</template>
            <template v-else-if="save.state === 'err'"><el-icon><icon-warning /></el-icon>{{ save.message }}</template>
          </span>
        </div>
        <schema-form :schema="schema" v-model="values" :errors="entErr" :file-urls="fileUrls" :open-all="openAll" @file="onFile" />
        <div style="display:flex;justify-content:center;gap:12px;margin-top:18px">
          <el-button @click="restart">更换帐号</el-button>
          <el-button type="primary" :loading="submitting" @click="submit" data-test="reg-submit">提交</el-button>
        </div>
      </template>
      <div v-else-if="!loadError" v-loading="true" style="height:200px"></div>
    </div>

    <div v-else class="success-box" data-test="register-done">
      <el-result icon="success" title="注册申请成功" sub-title="您的企业信息已提交，请等待平台审核。审核期间可登录工作台，在“我的待办”或“我的企业”查看审批进展。">
        <template #extra>
          <el-button type="primary" @click="push('/')" data-test="reg-home">返回首页</el-button>
          <el-button @click="push('/workbench')">进入工作台</el-button>
        </template>
      </el-result>
    </div>

    <el-dialog :model-value="!!agreement" @update:model-value="agreement = null" :title="agreement && AGREEMENTS[agreement].title" width="640px" append-to-body>
      <div v-if="agreement" v-html="AGREEMENTS[agreement].body" style="line-height:1.9;max-height:60vh;overflow:auto"></div>
      <template #footer><el-button type="primary" @click="account.agreement = true; agreement = null">我已阅读并同意</el-button></template>
    </el-dialog>
  </div>`,
}
