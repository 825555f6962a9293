// 购物车: the enterprise user's cart items; quantities change in place,
// 去结算 goes to 订单确认 with the whole cart.
import { ref, computed, onMounted } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { cartItems, updateCartItem, removeCartItem, fileUrl, errorMessage } from '../api.js'
import { push } from '../router.js'
import { yuan, PRICE_UNITS } from '../util.js'

export default {
  name: 'CartPage',
  setup() {
    const items = ref([])
    const loading = ref(true)
    const error = ref('')
    const load = async () => {
      try {
        items.value = await cartItems()
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    const unit = (it) => (it.expand?.spec?.pricing === 'free' ? 0 : it.expand?.spec?.price_fen || 0)
    const total = computed(() => items.value.reduce((a, it) => a + unit(it) * it.quantity, 0))
    const unavailable = (it) => it.expand?.product?.status !== 'listed'
    const setQty = async (it, q) => {
      try {
        await updateCartItem(it.id, q)
      } catch (e) {
        ElMessage.error(errorMessage(e, '修改数量失败'))
        load()
      }
    }
    const remove = async (it) => {
      if (!(await ElMessageBox.confirm(`从购物车移除“${it.expand?.product?.name}”？`, '移除', { type: 'warning' }).catch(() => false))) return
      try {
        await removeCartItem(it.id)
        items.value = items.value.filter((x) => x.id !== it.id)
      } catch (e) {
        ElMessage.error(errorMessage(e, '移除失败'))
      }
    }
    const go = () => {
      if (items.value.some(unavailable)) return ElMessage.error('购物车中有已下架的商品，请先移除')
      push('/checkout?cart=1')
    }
    const cover = (it) => (it.expand?.product?.cover ? fileUrl(it.expand.product, it.expand.product.cover, '100x100') : '')
    return { items, loading, error, total, unit, unavailable, setQty, remove, go, cover, yuan, PRICE_UNITS }
  },
  template: `
  <section class="panel" data-test="cart">
    <div class="panel-title"><h2>购物车</h2><a href="/solutions">继续选购 &gt;</a></div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" />
    <el-table :data="items" v-loading="loading" empty-text="购物车是空的" data-test="cart-table">
      <el-table-column label="商品" min-width="240">
        <template #default="{row}">
          <div style="display:flex;gap:10px;align-items:center">
            <img v-if="cover(row)" :src="cover(row)" alt="" style="width:56px;height:42px;object-fit:cover;border-radius:4px">
            <div><a :href="'/solutions/' + row.product">{{ row.expand && row.expand.product && row.expand.product.name }}</a>
              <el-tag v-if="unavailable(row)" size="small" type="info" style="margin-left:6px">已下架</el-tag>
              <div class="muted small">{{ row.expand && row.expand.spec && row.expand.spec.name }}</div></div>
          </div>
        </template>
      </el-table-column>
      <el-table-column label="单价" width="150"><template #default="{row}"><span class="money">¥{{ yuan(unit(row)) }} {{ PRICE_UNITS[row.expand && row.expand.spec && row.expand.spec.purchase_mode] }}</span></template></el-table-column>
      <el-table-column label="数量" width="150"><template #default="{row}"><el-input-number v-model="row.quantity" :min="1" :max="999" size="small" @change="q => setQty(row, q)" /></template></el-table-column>
      <el-table-column label="小计" width="120"><template #default="{row}"><span class="money red">¥{{ yuan(unit(row) * row.quantity) }}</span></template></el-table-column>
      <el-table-column label="操作" width="80"><template #default="{row}"><el-button link type="danger" @click="remove(row)">移除</el-button></template></el-table-column>
    </el-table>
    <div class="action-bar" style="margin-top:12px" v-if="items.length">
      <span>共 {{ items.length }} 件，合计 <b class="money red" style="font-size:18px">¥{{ yuan(total) }}</b></span>
      <el-button type="primary" size="large" @click="go" data-test="cart-checkout">去结算</el-button>
    </div>
  </section>`,
}
