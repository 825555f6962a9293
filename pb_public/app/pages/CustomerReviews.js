// 客户评价 (guide §4.5, 图4-13): what buyers said about this provider's
// products — product, its state, order time, customer, rating time, stars,
// 查看评价.
import { ref } from 'vue'
import { pb } from '../api.js'
import { session } from '../store.js'
import { useList } from '../list.js'
import { fmtDate, PRODUCT_STATUS } from '../util.js'
import ListPager from '../components/ListPager.js'

export default {
  name: 'CustomerReviewsPage',
  components: { ListPager },
  setup() {
    const shown = ref(null)
    const list = useList({
      filters: { rating: '' },
      sort: '-created',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => {
        let filter = pb.filter('provider_enterprise = {:e}', { e: session.user.enterprise })
        if (f.rating) filter += pb.filter(' && rating = {:r}', { r: Number(f.rating) })
        return pb.collection('reviews').getList(page, perPage, { filter, sort, expand: 'order,product' })
      },
    })
    list.load()
    const productOf = (r) => r.expand?.product || {}
    return { list, f: list.filters, shown, productOf, fmtDate, PRODUCT_STATUS }
  },
  template: `
  <div class="panel" data-test="customer-reviews">
    <div class="panel-title"><h3>客户评价</h3>
      <el-select v-model="f.rating" placeholder="客户评分" clearable style="width:130px" @change="list.search">
        <el-option v-for="n in [5,4,3,2,1]" :key="n" :value="String(n)" :label="n + ' 星'" />
      </el-select>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无评价" data-test="reviews-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column label="商品名称" min-width="200" show-overflow-tooltip>
        <template #default="{row}"><a :href="'/solutions/' + row.product">{{ productOf(row).name || (row.expand && row.expand.order && row.expand.order.product_name) }}</a></template>
      </el-table-column>
      <el-table-column label="商品状态" width="90"><template #default="{row}"><el-tag size="small" :type="(PRODUCT_STATUS[productOf(row).status]||{}).type">{{ (PRODUCT_STATUS[productOf(row).status]||{}).text || '—' }}</el-tag></template></el-table-column>
      <el-table-column label="订购时间" width="160"><template #default="{row}">{{ fmtDate(row.expand && row.expand.order && row.expand.order.created) }}</template></el-table-column>
      <el-table-column label="客户姓名" prop="customer_name" width="170" show-overflow-tooltip />
      <el-table-column label="评价时间" prop="created" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="客户评分" prop="rating" width="150" sortable="custom"><template #default="{row}"><el-rate :model-value="row.rating" disabled size="small" /></template></el-table-column>
      <el-table-column label="操作" width="100" fixed="right"><template #default="{row}"><el-button link type="primary" @click="shown = row" data-test="show-review">查看评价</el-button></template></el-table-column>
    </el-table>
    <list-pager :list="list" />
    <el-dialog :model-value="!!shown" @update:model-value="shown = null" title="评价详情" width="480px" append-to-body>
      <template v-if="shown">
        <p><b>{{ productOf(shown).name }}</b></p>
        <p><el-rate :model-value="shown.rating" disabled /> <span class="muted small">{{ shown.customer_name }} · {{ fmtDate(shown.created) }}</span></p>
        <p style="line-height:1.8;white-space:pre-wrap">{{ shown.content || '（未填写评价内容）' }}</p>
      </template>
    </el-dialog>
  </div>`,
}
