// 商品详情 (public), with the buy box of enterprise guide §4: pick a spec
// and a quantity, 立即购买 (to 订单确认) or 加入购物车.
import { ref, reactive, computed } from 'vue'
import { ElMessage } from 'element-plus'
import { addToCart, errorMessage } from '../api.js'
import { session } from '../store.js'
import { route, push } from '../router.js'
import { yuan, PRICE_UNITS } from '../util.js'
import ProductView from '../components/ProductView.js'

export default {
  name: 'ProductDetailPage',
  components: { ProductView },
  setup() {
    const name = ref('')
    const buy = reactive({ spec: '', quantity: 1 })
    const busy = ref(false)
    const login = () => push('/login?redirect=' + encodeURIComponent(route.fullPath))
    const canBuy = computed(() => session.user?.role === 'enterprise')
    const certified = computed(() => session.enterprise?.cert_status === 'approved')
    const onLoaded = (p, specs) => {
      name.value = p.name
      if (specs?.length) buy.spec = specs[0].id
    }
    const price = (s) => (s.pricing === 'free' ? '免费' : `¥${yuan(s.price_fen)} ${PRICE_UNITS[s.purchase_mode] || ''}`)
    const subtotal = (specs) => {
      const s = specs.find((x) => x.id === buy.spec)
      return s ? yuan((s.pricing === 'free' ? 0 : s.price_fen) * (buy.quantity || 1)) : '0.00'
    }
    const buyNow = (product) => {
      if (!buy.spec) return ElMessage.error('请选择规格')
      push(`/checkout?product=${product.id}&spec=${buy.spec}&qty=${buy.quantity}`)
    }
    const toCart = async (product) => {
      if (!buy.spec) return ElMessage.error('请选择规格')
      busy.value = true
      try {
        await addToCart(product.id, buy.spec, buy.quantity)
        ElMessage.success({ message: '已加入购物车', grouping: true })
      } catch (e) {
        ElMessage.error(errorMessage(e, '加入购物车失败'))
      } finally {
        busy.value = false
      }
    }
    return { route, session, name, buy, busy, login, canBuy, certified, onLoaded, price, subtotal, buyNow, toCart, push }
  },
  template: `
  <div>
    <el-breadcrumb separator="/" style="margin-bottom:12px">
      <el-breadcrumb-item><a href="/">首页</a></el-breadcrumb-item>
      <el-breadcrumb-item><a href="/solutions">解决方案</a></el-breadcrumb-item>
      <el-breadcrumb-item>{{ name || '商品详情' }}</el-breadcrumb-item>
    </el-breadcrumb>
    <product-view :product-id="route.params.id" @loaded="onLoaded">
      <template #side="{ product, specs }">
        <div class="buy-box" data-test="buy-box">
          <el-button v-if="!session.loggedIn" type="primary" style="width:100%" @click="login">登录后购买</el-button>
          <el-alert v-else-if="!canBuy" type="info" :closable="false" title="仅企业用户可购买商品" />
          <template v-else-if="product.status === 'listed' && specs.length">
            <div class="small muted" style="margin-bottom:6px">订购属性</div>
            <el-radio-group v-model="buy.spec" style="display:flex;flex-direction:column;align-items:stretch;gap:6px" data-test="buy-spec">
              <el-radio v-for="s in specs" :key="s.id" :value="s.id" border style="margin:0;height:auto;padding:6px 10px">{{ s.name }} · {{ price(s) }}</el-radio>
            </el-radio-group>
            <div style="display:flex;align-items:center;gap:10px;margin:10px 0">
              <span class="small muted">数量</span>
              <el-input-number v-model="buy.quantity" :min="1" :max="999" size="small" data-test="buy-qty" />
            </div>
            <div class="sum-row"><span>小计</span><span class="money red">¥{{ subtotal(specs) }}</span></div>
            <el-alert v-if="!certified" type="warning" :closable="false" show-icon title="企业认证通过后才能购买" style="margin:8px 0" />
            <div style="display:flex;gap:8px;margin-top:8px">
              <el-button type="primary" style="flex:1" :disabled="!certified" @click="buyNow(product)" data-test="buy-now">立即购买</el-button>
              <el-button style="flex:1;margin-left:0" :disabled="!certified" :loading="busy" @click="toCart(product)" data-test="add-cart">加入购物车</el-button>
            </div>
          </template>
        </div>
      </template>
    </product-view>
  </div>`,
}
