// 忘记密码: the phone of the account receives a code (sms/code, purpose
// reset); with it a new password is set (auth/sms-reset), checked against
// the password rules as typed, and the user is signed in.
import { ref, reactive, computed, onBeforeUnmount } from 'vue'
import { ElMessage } from 'element-plus'
import { sendSmsCode, resetPasswordBySms, serverErrors } from '../api.js'
import { replace } from '../router.js'
import { PHONE_RE, passwordChecks } from '../util.js'

export default {
  name: 'ForgotPasswordPage',
  setup() {
    const form = reactive({ phone: '', code: '', password: '', passwordConfirm: '' })
    const formRef = ref(null)
    const { errors, apply, clear } = serverErrors()
    const message = ref('')
    const busy = ref(false)
    const sending = ref(false)
    const countdown = ref(0)
    let timer = null
    onBeforeUnmount(() => clearInterval(timer))
    const checks = computed(() => passwordChecks(form.password, '', form.phone))
    const rules = {
      phone: [{ required: true, message: '请输入注册时的手机号', trigger: 'blur' }, { pattern: PHONE_RE, message: '手机号应为1开头的11位数字', trigger: 'blur' }],
      code: [{ required: true, message: '请输入验证码', trigger: 'blur' }, { pattern: /^\d{6}$/, message: '验证码为6位数字', trigger: 'blur' }],
      password: [{ trigger: 'blur', validator: (_r, v, cb) => (!v ? cb(new Error('请输入新密码')) : checks.value.some((c) => !c.ok) ? cb(new Error('新密码不符合下列要求')) : cb()) }],
      passwordConfirm: [{ trigger: 'blur', validator: (_r, v, cb) => (!v ? cb(new Error('请再次输入新密码')) : v !== form.password ? cb(new Error('两次输入的新密码不一致')) : cb()) }],
    }
    const startCountdown = (s = 60) => {
      countdown.value = s
      clearInterval(timer)
      timer = setInterval(() => { if (--countdown.value <= 0) clearInterval(timer) }, 1000)
    }
    const sendCode = async () => {
      message.value = ''
      clear()
      if (!(await formRef.value.validateField('phone').then(() => true).catch(() => false))) return
      sending.value = true
      try {
        const res = await sendSmsCode(form.phone, 'reset')
        startCountdown(Number(res?.retry_after || res?.cooldown) || 60)
        ElMessage.success('验证码已发送，5分钟内有效')
      } catch (e) {
        const m = apply(e, '验证码发送失败')
        message.value = Object.keys(errors).length ? '' : m
        const wait = Number(e?.response?.data?.retry_after?.message || e?.response?.retry_after)
        if (wait > 0) startCountdown(wait)
      } finally {
        sending.value = false
      }
    }
    const submit = async () => {
      message.value = ''
      clear()
      if (!(await formRef.value.validate().catch(() => false))) return
      busy.value = true
      try {
        await resetPasswordBySms(form.phone, form.code, form.password, form.passwordConfirm)
        ElMessage.success('密码已重置，已为您登录')
        replace('/workbench')
      } catch (e) {
        const m = apply(e, '重置密码失败')
        message.value = Object.keys(errors).length ? '' : m
      } finally {
        busy.value = false
      }
    }
    const state = (c) => (!form.password ? '' : c.ok ? 'ok' : 'bad')
    return { form, formRef, rules, errors, message, busy, sending, countdown, checks, state, sendCode, submit }
  },
  template: `
  <div class="auth-box panel" data-test="forgot-page">
    <h2 style="text-align:center;color:#083b7c;margin:4px 0 14px">找回密码</h2>
    <el-form ref="formRef" :model="form" :rules="rules" size="large" @submit.prevent="submit">
      <el-form-item prop="phone" :error="errors.phone">
        <el-input v-model="form.phone" placeholder="注册时的手机号" maxlength="11" data-test="fp-phone"><template #prepend>+86</template></el-input>
      </el-form-item>
      <el-form-item prop="code" :error="errors.code">
        <div style="display:flex;gap:8px;width:100%">
          <el-input v-model="form.code" placeholder="短信验证码" maxlength="6" style="flex:1" data-test="fp-code" />
          <el-button :disabled="countdown > 0" :loading="sending" @click="sendCode" style="width:120px" data-test="fp-send">{{ countdown > 0 ? countdown + ' 秒后重发' : '获取验证码' }}</el-button>
        </div>
      </el-form-item>
      <el-form-item prop="password" :error="errors.password">
        <el-input v-model="form.password" type="password" show-password placeholder="新密码" maxlength="18" autocomplete="new-password" data-test="fp-password" />
        <ul class="pw-rules" data-test="fp-rules"><li v-for="c in checks" :key="c.key" :class="state(c)">{{ c.text }}</li></ul>
      </el-form-item>
      <el-form-item prop="passwordConfirm" :error="errors.passwordConfirm">
        <el-input v-model="form.passwordConfirm" type="password" show-password placeholder="确认新密码" maxlength="18" autocomplete="new-password" data-test="fp-confirm" />
      </el-form-item>
      <el-button type="primary" style="width:100%" :loading="busy" native-type="submit" data-test="fp-submit">重置密码并登录</el-button>
    </el-form>
    <el-alert v-if="message" :title="message" type="error" show-icon :closable="false" style="margin-top:14px" data-test="fp-error" />
    <div style="display:flex;justify-content:space-between;margin-top:16px" class="small">
      <a href="/login?tab=password">返回登录</a><a href="/register">立即注册</a>
    </div>
  </div>`,
}
