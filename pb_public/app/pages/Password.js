// 修改密码 as a page (the server's menu "password", kept out of the side
// menu): the same dialog the user menu opens, over the workbench home; it
// leads back to the workbench once closed or done.
import { ref } from 'vue'
import { push } from '../router.js'
import ChangePassword from '../components/ChangePassword.js'

export default {
  name: 'PasswordPage',
  components: { ChangePassword },
  setup() {
    const open = ref(true)
    const closed = (v) => {
      open.value = v
      if (!v) push('/workbench')
    }
    return { open, closed }
  },
  template: `<div class="panel" data-test="password-page"><el-empty description="修改密码" :image-size="60" /><change-password :model-value="open" @update:model-value="closed" /></div>`,
}
