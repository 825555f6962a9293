// 登录 (图3-6): 短信登录 (phone + code with a 60 s countdown) and 密码登录
// (username, phone or email + password). Lockout and rate-limit messages are
// shown as the server words them.
import { ref, reactive, onBeforeUnmount } from 'vue'
import { ElMessage } from 'element-plus'
import { loginWithPassword, loginWithSms, sendSmsCode, serverErrors, newCaptcha } from '../api.js'
import { route, push, replace } from '../router.js'
import { PHONE_RE } from '../util.js'
import { session } from '../store.js'

export default {
  name: 'LoginPage',
  setup() {
    const tab = ref(route.query.tab === 'password' ? 'password' : 'sms')
    const sms = reactive({ phone: '', code: '' })
    const pw = reactive({ identity: '', password: '' })
    // The image captcha the server asks for after 3 failed logins.
    const cap = reactive({ need: false, id: '', url: '', text: '' })
    const refreshCaptcha = async () => {
      const c = await newCaptcha().catch(() => null)
      Object.assign(cap, { id: c?.id || '', url: c ? c.url + '?t=' + Date.now() : '', text: '' })
    }
    const smsRef = ref(null)
    const pwRef = ref(null)
    const busy = ref(false)
    const sending = ref(false)
    const countdown = ref(0)
    const message = ref('')
    const smsErr = serverErrors()
    const pwErr = serverErrors()
    let timer = null
    onBeforeUnmount(() => clearInterval(timer))

    const smsRules = {
      phone: [{ required: true, message: '请输入手机号', trigger: 'blur' }, { pattern: PHONE_RE, message: '手机号应为1开头的11位数字', trigger: 'blur' }],
      code: [{ required: true, message: '请输入验证码', trigger: 'blur' }, { pattern: /^\d{6}$/, message: '验证码为6位数字', trigger: 'blur' }],
    }
    const pwRules = {
      identity: [{ required: true, message: '请输入用户名、手机号或邮箱', trigger: 'blur' }],
      password: [{ required: true, message: '请输入密码', trigger: 'blur' }],
    }

    const startCountdown = (s = 60) => {
      countdown.value = s
      clearInterval(timer)
      timer = setInterval(() => {
        if (--countdown.value <= 0) clearInterval(timer)
      }, 1000)
    }
    const sendCode = async () => {
      message.value = ''
      smsErr.clear()
      const ok = await smsRef.value.validateField('phone').then(() => true).catch(() => false)
      if (!ok) return
      sending.value = true
      try {
        const res = await sendSmsCode(sms.phone, 'login')
        startCountdown(Number(res?.retry_after || res?.cooldown) || 60)
        ElMessage.success('验证码已发送，5分钟内有效')
      } catch (e) {
        const m = smsErr.apply(e, '验证码发送失败')
        message.value = Object.keys(smsErr.errors).length ? '' : m
        const wait = Number(e?.response?.data?.retry_after?.message || e?.response?.retry_after)
        if (wait > 0) startCountdown(wait)
      } finally {
        sending.value = false
      }
    }
    const done = () => {
      const u = session.user
      const ent = u?.expand?.enterprise
      // A tenant admin whose enterprise was never submitted continues the
      // sign-up where he left it (the server kept the draft).
      if (u?.tenant_admin && ['provider', 'enterprise'].includes(u.role) && (!ent || ent.cert_status === 'draft') && !route.query.redirect) {
        ElMessage.info('企业信息尚未提交，已为您恢复上次填写的内容')
        return replace('/register')
      }
      ElMessage.success('登录成功')
      const back = route.query.redirect
      replace(back && back.startsWith('/') && !back.startsWith('//') ? back : '/')
    }
    const submitSms = async () => {
      message.value = ''
      smsErr.clear()
      if (!(await smsRef.value.validate().catch(() => false))) return
      busy.value = true
      try {
        await loginWithSms(sms.phone, sms.code)
        done()
      } catch (e) {
        const m = smsErr.apply(e, '登录失败')
        message.value = Object.keys(smsErr.errors).length ? '' : m
      } finally {
        busy.value = false
      }
    }
    const submitPw = async () => {
      message.value = ''
      pwErr.clear()
      if (!(await pwRef.value.validate().catch(() => false))) return
      busy.value = true
      try {
        await loginWithPassword(pw.identity.trim(), pw.password, cap.need ? { captchaId: cap.id, captcha: cap.text } : undefined)
        done()
      } catch (e) {
        if (e?.response?.data?.captchaRequired) {
          cap.need = true
          await refreshCaptcha()
        }
        const m = pwErr.apply(e, '登录失败')
        message.value = Object.keys(pwErr.errors).length ? '' : m
      } finally {
        busy.value = false
      }
    }
    return { cap, refreshCaptcha, tab, sms, pw, smsRef, pwRef, smsRules, pwRules, busy, sending, countdown, message, smsErr: smsErr.errors, pwErr: pwErr.errors, sendCode, submitSms, submitPw, push }
  },
  template: `
  <div class="auth-box panel" data-test="login-page">
    <h2 style="text-align:center;color:#083b7c;margin:4px 0 10px">用户登录</h2>
    <el-tabs v-model="tab" stretch @tab-change="message = ''">
      <el-tab-pane label="短信登录" name="sms">
        <el-form ref="smsRef" :model="sms" :rules="smsRules" size="large" @submit.prevent="submitSms">
          <el-form-item prop="phone" :error="smsErr.phone">
            <el-input v-model="sms.phone" placeholder="请输入手机号" maxlength="11" data-test="sms-phone"><template #prepend>+86</template></el-input>
          </el-form-item>
          <el-form-item prop="code" :error="smsErr.code">
            <div style="display:flex;gap:8px;width:100%">
              <el-input v-model="sms.code" placeholder="请输入验证码" maxlength="6" style="flex:1" data-test="sms-code" @keyup.enter="submitSms" />
              <el-button :disabled="countdown > 0" :loading="sending" @click="sendCode" style="width:120px" data-test="sms-send">{{ countdown > 0 ? countdown + ' 秒后重发' : '获取验证码' }}</el-button>
            </div>
          </el-form-item>
          <el-button type="primary" style="width:100%" :loading="busy" native-type="submit" data-test="sms-submit">登录</el-button>
        </el-form>
      </el-tab-pane>
      <el-tab-pane label="密码登录" name="password">
        <el-form ref="pwRef" :model="pw" :rules="pwRules" size="large" @submit.prevent="submitPw">
          <el-form-item prop="identity" :error="pwErr.identity">
            <el-input v-model="pw.identity" placeholder="用户名 / 手机号 / 邮箱" autocomplete="username" data-test="login-identity"><template #prefix><el-icon><icon-user /></el-icon></template></el-input>
          </el-form-item>
          <el-form-item prop="password" :error="pwErr.password">
            <el-input v-model="pw.password" type="password" show-password placeholder="请输入密码" autocomplete="current-password" data-test="login-password" @keyup.enter="submitPw"><template #prefix><el-icon><icon-lock /></el-icon></template></el-input>
          </el-form-item>
          <el-form-item v-if="cap.need" :error="pwErr.captcha">
            <div style="display:flex;gap:8px;width:100%">
              <el-input v-model="cap.text" placeholder="请输入图形验证码" maxlength="4" style="flex:1" data-test="login-captcha" @keyup.enter="submitPw" />
              <img :src="cap.url" alt="图形验证码" title="看不清？点击换一张" style="height:40px;cursor:pointer" data-test="login-captcha-img" @click="refreshCaptcha">
            </div>
          </el-form-item>
          <el-button type="primary" style="width:100%" :loading="busy" native-type="submit" data-test="login-submit">登录</el-button>
        </el-form>
      </el-tab-pane>
    </el-tabs>
    <el-alert v-if="message" :title="message" type="error" show-icon :closable="false" style="margin-top:14px" data-test="login-error" />
    <div style="display:flex;justify-content:space-between;margin-top:16px" class="small">
      <a href="/forgot-password" data-test="to-forgot">忘记密码？</a>
      <span><span class="muted">还没有帐号？</span><a href="/register">立即注册</a></span>
    </div>
  </div>`,
}
