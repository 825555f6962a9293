// 去使用: the listed products a voucher can pay for (its batch's scope).
import { ref, onMounted } from 'vue'
import { voucherProducts, useDicts, errorMessage } from '../api.js'
import { route } from '../router.js'
import { yuan } from '../util.js'
import ProductCard from '../components/ProductCard.js'

export default {
  name: 'VoucherProductsPage',
  components: { ProductCard },
  setup() {
    const dl = useDicts(['tag'])
    const items = ref([])
    const voucher = ref(null)
    const total = ref(0)
    const page = ref(1)
    const loading = ref(false)
    const error = ref('')
    const load = async () => {
      loading.value = true
      try {
        const res = await voucherProducts(route.params.id, page.value, 12)
        items.value = res.items || []
        total.value = res.totalItems ?? items.value.length
        voucher.value = res.voucher || null
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    const tagLabel = (v) => dl('tag', v)
    return { items, voucher, total, page, loading, error, load, tagLabel, yuan }
  },
  template: `
  <div class="panel" data-test="voucher-products">
    <div class="panel-title"><h3>可使用的商品</h3><span v-if="voucher" class="muted">{{ voucher.name }} · 余额 <b class="money red">¥{{ yuan(voucher.balance_fen) }}</b></span></div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" />
    <div v-loading="loading" style="min-height:160px">
      <div class="grid grid-4" v-if="items.length"><product-card v-for="p in items" :key="p.id" :product="p" :tag-label="tagLabel" /></div>
      <el-empty v-else-if="!loading" description="暂无可使用该服务券的商品" />
    </div>
    <div class="pager"><el-pagination layout="total, prev, pager, next" :total="total" :page-size="12" v-model:current-page="page" @current-change="load" hide-on-single-page /></div>
  </div>`,
}
