// 修改密码 (图4-21): the rules are shown and ticked off as the user types;
// the server has the last word (history, current password).
import { ref, reactive, computed, watch } from 'vue'
import { ElMessage } from 'element-plus'
import { changePassword, serverErrors } from '../api.js'
import { session } from '../store.js'
import { passwordChecks } from '../util.js'

export default {
  name: 'ChangePassword',
  props: { modelValue: Boolean },
  emits: ['update:modelValue', 'changed'],
  setup(props, { emit }) {
    const form = reactive({ oldPassword: '', password: '', passwordConfirm: '' })
    const formRef = ref(null)
    const saving = ref(false)
    const { errors, apply, clear } = serverErrors()
    const checks = computed(() => passwordChecks(form.password, session.user?.username, session.user?.phone))
    const extra = computed(() => [
      { key: 'diff', text: '不能与原密码、历史密码相同', ok: !!form.password && form.password !== form.oldPassword },
    ])
    watch(() => props.modelValue, (open) => {
      if (open) {
        Object.assign(form, { oldPassword: '', password: '', passwordConfirm: '' })
        clear()
        formRef.value?.clearValidate()
      }
    })
    const rules = {
      oldPassword: [{ required: true, message: '请输入原密码', trigger: 'blur' }],
      password: [{
        trigger: ['blur', 'change'],
        validator: (_r, v, cb) => {
          if (!v) return cb(new Error('请输入新密码'))
          const bad = [...checks.value, ...extra.value].find((c) => !c.ok)
          return bad ? cb(new Error('新密码不符合上述要求')) : cb()
        },
      }],
      passwordConfirm: [{ trigger: ['blur', 'change'], validator: (_r, v, cb) => (v === form.password ? cb() : cb(new Error('两次输入的新密码不一致'))) }],
    }
    const close = () => emit('update:modelValue', false)
    const submit = async () => {
      clear()
      if (!(await formRef.value.validate().catch(() => false))) return
      saving.value = true
      try {
        await changePassword(form.oldPassword, form.password, form.passwordConfirm)
        ElMessage.success('密码修改成功')
        emit('changed')
        close()
      } catch (e) {
        ElMessage.error(apply(e, '密码修改失败'))
      } finally {
        saving.value = false
      }
    }
    const state = (c) => (!form.password ? '' : c.ok ? 'ok' : 'bad')
    return { form, formRef, rules, errors, saving, checks, extra, submit, close, state }
  },
  template: `
  <el-dialog :model-value="modelValue" @update:model-value="v => $emit('update:modelValue', v)" title="修改密码" width="480px" append-to-body data-test="pw-dialog">
    <el-form ref="formRef" :model="form" :rules="rules" label-position="top" @submit.prevent>
      <el-form-item label="原密码" prop="oldPassword" :error="errors.oldPassword">
        <el-input v-model="form.oldPassword" type="password" show-password autocomplete="current-password" data-test="pw-old" />
      </el-form-item>
      <el-form-item label="新密码" prop="password" :error="errors.password" class="is-required">
        <el-input v-model="form.password" type="password" show-password autocomplete="new-password" maxlength="18" data-test="pw-new" />
        <ul class="pw-rules" data-test="pw-rules">
          <li v-for="c in [...checks, ...extra]" :key="c.key" :class="state(c)">
            <el-icon v-if="state(c) === 'ok'"><icon-circle-check /></el-icon>
            <el-icon v-else-if="state(c) === 'bad'"><icon-circle-close /></el-icon>
            <el-icon v-else><icon-info-filled /></el-icon>
            {{ c.text }}
          </li>
        </ul>
      </el-form-item>
      <el-form-item label="确认新密码" prop="passwordConfirm" :error="errors.passwordConfirm" class="is-required">
        <el-input v-model="form.passwordConfirm" type="password" show-password autocomplete="new-password" maxlength="18" data-test="pw-confirm" />
      </el-form-item>
    </el-form>
    <template #footer>
      <el-button @click="close">取消</el-button>
      <el-button type="primary" :loading="saving" @click="submit" data-test="pw-submit">确认</el-button>
    </template>
  </el-dialog>`,
}
