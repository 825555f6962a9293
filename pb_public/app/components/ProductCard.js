// One product tile of the solutions catalog, the home page and 可使用的商品,
// with the guide's 步骤 3 on the tile itself: 立即购买 (to 订单确认) and
// 加入购物车. A product with several specs asks which one first.
import { ref, reactive, computed } from 'vue'
import { ElMessage } from 'element-plus'
import { pb, fileUrl, addToCart, errorMessage } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { priceRange, yuan, PRICE_UNITS } from '../util.js'

// catalogCard gives an item of GET /api/smedx/catalog the fields the card
// reads from a public_products record (tag codes, provider_name; the cover
// comes as cover_url).
export const catalogCard = (it) => ({
  ...it,
  tags: (it.tags || []).map((t) => t.code),
  categories: (it.categories || []).map((t) => t.code),
  provider_name: it.provider?.name || '',
})

export default {
  name: 'ProductCard',
  props: { product: { type: Object, required: true }, tagLabel: { type: Function, default: (v) => v } },
  setup(props) {
    // A catalog item carries its cover's URL; a record, the file name.
    const cover = () => (props.product.cover_url ? props.product.cover_url + '?thumb=400x300' : fileUrl(props.product, props.product.cover, '400x300'))
    const busy = ref('')
    const dlg = reactive({ open: false, action: '', specs: [], spec: '', quantity: 1 })
    const buyer = computed(() => session.user?.role === 'enterprise')
    const certified = computed(() => session.enterprise?.cert_status === 'approved')

    // Who may buy is checked here for a clear word; the server decides.
    const ready = () => {
      if (!session.user) {
        push('/login?redirect=' + encodeURIComponent('/solutions/' + props.product.id))
        return false
      }
      if (!buyer.value) {
        ElMessage.info('仅企业用户可购买商品')
        return false
      }
      if (!certified.value) {
        ElMessage.warning('企业认证通过后才能购买')
        return false
      }
      return true
    }
    const finish = async (action, spec, quantity) => {
      if (action === 'buy') return push(`/checkout?product=${props.product.id}&spec=${spec}&qty=${quantity}`)
      busy.value = 'cart'
      try {
        await addToCart(props.product.id, spec, quantity)
        ElMessage.success({ message: '已加入购物车', grouping: true })
        dlg.open = false
      } catch (e) {
        ElMessage.error(errorMessage(e, '加入购物车失败'))
      } finally {
        busy.value = ''
      }
    }
    const start = async (action) => {
      if (!ready()) return
      busy.value = action
      try {
        const specs = await pb.collection('public_product_specs').getFullList({ filter: pb.filter('product = {:p}', { p: props.product.id }), sort: 'sort,created' })
        busy.value = ''
        if (!specs.length) return ElMessage.error('该商品暂无可购买的规格')
        if (specs.length === 1) return finish(action, specs[0].id, 1)
        Object.assign(dlg, { open: true, action, specs, spec: specs[0].id, quantity: 1 })
      } catch (e) {
        busy.value = ''
        ElMessage.error(errorMessage(e))
      }
    }
    const price = (s) => (s.pricing === 'free' ? '免费' : `¥${yuan(s.price_fen)} ${PRICE_UNITS[s.purchase_mode] || ''}`)
    return { cover, priceRange, busy, dlg, start, finish, price }
  },
  template: `
  <div class="product-card" :data-product="product.id">
    <a class="product-link" :href="'/solutions/' + product.id" data-test="product-card">
      <div class="cover" :style="cover() ? {backgroundImage: 'url(' + cover() + ')'} : null">
        <span v-if="!cover()">{{ product.name }}</span>
      </div>
      <div class="body">
        <div class="name" :title="product.name">{{ product.name }}</div>
        <div class="muted small">{{ product.provider_name }}</div>
        <div style="display:flex;gap:4px;flex-wrap:wrap">
          <el-tag v-for="t in (product.tags || []).slice(0, 3)" :key="t" size="small" effect="plain">{{ tagLabel(t) }}</el-tag>
        </div>
        <div style="display:flex;justify-content:space-between;align-items:center;margin-top:auto">
          <span class="price">{{ priceRange(product) }}</span>
          <span class="muted small">销量 {{ product.sales_count || 0 }}</span>
        </div>
      </div>
    </a>
    <div class="actions">
      <el-button type="primary" size="small" :loading="busy === 'buy'" @click="start('buy')" data-test="card-buy">立即购买</el-button>
      <el-button size="small" :loading="busy === 'cart'" @click="start('cart')" data-test="card-cart">加入购物车</el-button>
    </div>
    <el-dialog v-if="dlg.open" v-model="dlg.open" :title="dlg.action === 'buy' ? '立即购买' : '加入购物车'" width="420px" append-to-body data-test="card-spec-dialog">
      <p style="margin-top:0"><b>{{ product.name }}</b></p>
      <el-radio-group v-model="dlg.spec" style="display:flex;flex-direction:column;align-items:stretch;gap:6px">
        <el-radio v-for="s in dlg.specs" :key="s.id" :value="s.id" border style="margin:0;height:auto;padding:6px 10px">{{ s.name }} · {{ price(s) }}</el-radio>
      </el-radio-group>
      <div style="display:flex;align-items:center;gap:10px;margin-top:12px"><span class="small muted">数量</span><el-input-number v-model="dlg.quantity" :min="1" :max="999" size="small" /></div>
      <template #footer>
        <el-button @click="dlg.open = false">取消</el-button>
        <el-button type="primary" :loading="busy === 'cart'" @click="finish(dlg.action, dlg.spec, dlg.quantity)" data-test="card-spec-ok">{{ dlg.action === 'buy' ? '去结算' : '加入购物车' }}</el-button>
      </template>
    </el-dialog>
  </div>`,
}
