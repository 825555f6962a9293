// 客户评价 (guide §4.5, 图4-13): what buyers said about this provider's
// products — product, its state, order time, customer, rating time, stars,
// 查看评价.
import { ref, onMounted } from 'vue'
import { pb, errorMessage } from '../api.js'
import { session } from '../store.js'
import { fmtDate, PRODUCT_STATUS } from '../util.js'

const PER_PAGE = 10

export default {
  name: 'CustomerReviewsPage',
  setup() {
    const items = ref([])
    const total = ref(0)
    const page = ref(1)
    const rating = ref('')
    const loading = ref(false)
    const error = ref('')
    const shown = ref(null)
    const load = async () => {
      loading.value = true
      error.value = ''
      try {
        let filter = pb.filter('provider_enterprise = {:e}', { e: session.user.enterprise })
        if (rating.value) filter += pb.filter(' && rating = {:r}', { r: Number(rating.value) })
        const res = await pb.collection('reviews').getList(page.value, PER_PAGE, { filter, sort: '-created', expand: 'order,product' })
        items.value = res.items
        total.value = res.totalItems
      } catch (e) {
        error.value = errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    const productOf = (r) => r.expand?.product || {}
    return { items, total, page, rating, loading, error, shown, load, productOf, fmtDate, PRODUCT_STATUS, PER_PAGE }
  },
  template: `
  <div class="panel" data-test="customer-reviews">
    <div class="panel-title"><h3>客户评价</h3>
      <el-select v-model="rating" placeholder="客户评分" clearable style="width:130px" @change="page = 1; load()">
        <el-option v-for="n in [5,4,3,2,1]" :key="n" :value="String(n)" :label="n + ' 星'" />
      </el-select>
    </div>
    <el-alert v-if="error" :title="error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="items" v-loading="loading" empty-text="暂无评价" data-test="reviews-table">
      <el-table-column label="商品名称" min-width="200" show-overflow-tooltip>
        <template #default="{row}"><a :href="'/solutions/' + row.product">{{ productOf(row).name || (row.expand && row.expand.order && row.expand.order.product_name) }}</a></template>
      </el-table-column>
      <el-table-column label="商品状态" width="90"><template #default="{row}"><el-tag size="small" :type="(PRODUCT_STATUS[productOf(row).status]||{}).type">{{ (PRODUCT_STATUS[productOf(row).status]||{}).text || '—' }}</el-tag></template></el-table-column>
      <el-table-column label="订购时间" width="160"><template #default="{row}">{{ fmtDate(row.expand && row.expand.order && row.expand.order.created) }}</template></el-table-column>
      <el-table-column label="客户姓名" prop="customer_name" width="170" show-overflow-tooltip />
      <el-table-column label="评价时间" width="160"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="客户评分" width="150"><template #default="{row}"><el-rate :model-value="row.rating" disabled size="small" /></template></el-table-column>
      <el-table-column label="操作" width="100" fixed="right"><template #default="{row}"><el-button link type="primary" @click="shown = row" data-test="show-review">查看评价</el-button></template></el-table-column>
    </el-table>
    <div class="pager"><el-pagination layout="total, prev, pager, next" :total="total" :page-size="PER_PAGE" v-model:current-page="page" @current-change="load" hide-on-single-page /></div>
    <el-dialog :model-value="!!shown" @update:model-value="shown = null" title="评价详情" width="480px" append-to-body>
      <template v-if="shown">
        <p><b>{{ productOf(shown).name }}</b></p>
        <p><el-rate :model-value="shown.rating" disabled /> <span class="muted small">{{ shown.customer_name }} · {{ fmtDate(shown.created) }}</span></p>
        <p style="line-height:1.8;white-space:pre-wrap">{{ shown.content || '（未填写评价内容）' }}</p>
      </template>
    </el-dialog>
  </div>`,
}
