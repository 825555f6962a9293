// 发布预览 (§4.4.1 步骤 5): the product exactly as the portal will show it —
// the same ProductView the public detail page uses — for the owner tenant
// and the reviewers. The page runs in the signed-in browser, so no token
// travels in its address. For a listed product with a pending change, the
// change (its product_revisions data) is shown over the live product.
import { ref, onMounted } from 'vue'
import { pb, draftRevision, errorMessage } from '../api.js'
import { route } from '../router.js'
import { PRODUCT_STATUS } from '../util.js'
import ProductView from '../components/ProductView.js'

export default {
  name: 'ProductPreviewPage',
  components: { ProductView },
  setup() {
    const ready = ref(false)
    const overlay = ref(null)
    const status = ref('')
    const error = ref('')
    onMounted(async () => {
      try {
        const p = await pb.collection('products').getOne(route.params.id, { fields: 'id,status' })
        status.value = p.status
        if (p.status === 'listed') {
          const rev = await draftRevision(p.id).catch(() => null)
          if (rev?.data) overlay.value = rev.data
        }
      } catch (e) {
        error.value = e?.status === 404 ? '商品不存在或无权预览' : errorMessage(e)
      } finally {
        ready.value = true
      }
    })
    const close = () => (window.opener ? window.close() : history.back())
    return { route, ready, overlay, status, error, close, PRODUCT_STATUS }
  },
  template: `
  <div data-test="product-preview">
    <div class="preview-bar">
      <span>发布预览：以下为商品上架后在平台门户展示的效果（当前状态：{{ (PRODUCT_STATUS[status] || {}).text || status }}{{ overlay ? '，含待审核的变更' : '' }}）</span>
      <el-button size="small" @click="close">关闭预览</el-button>
    </div>
    <div class="panel" v-if="error"><el-result icon="warning" :title="error" /></div>
    <product-view v-else-if="ready" :product-id="route.params.id" :overlay="overlay" show-status />
  </div>`,
}
