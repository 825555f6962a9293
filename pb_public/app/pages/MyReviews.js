// 我的评价 (enterprise guide §5.4, 图5-4): the completed orders of the
// tenant with 商品名称, 商品状态, 订购时间, 评价时间, 我的评分 and 立即评价
// (1–5 stars and text, once per order) or 查看评价.
import { ref, reactive } from 'vue'
import { ElMessage } from 'element-plus'
import { pb, rateOrder, serverErrors, expandPublic } from '../api.js'
import { session } from '../store.js'
import { useList } from '../list.js'
import { fmtDate, PRODUCT_STATUS } from '../util.js'
import ListPager from '../components/ListPager.js'

export default {
  name: 'MyReviewsPage',
  components: { ListPager },
  setup() {
    const reviews = ref({})
    // No stars until the user gives some: an untouched dialog must not post 5★.
    const dlg = reactive({ open: false, order: null, rating: 0, content: '', view: null })
    const saving = ref(false)
    const { errors, apply, clear } = serverErrors()
    const list = useList({
      sort: '-created',
      query: true,
      fetch: ({ page, perPage, sort }) => pb.collection('orders').getList(page, perPage, {
        filter: pb.filter('buyer_enterprise = {:e} && status = "completed"', { e: session.user.enterprise }), sort,
      }),
      after: async (items) => {
        await expandPublic(items, { product: 'public_products' })
        const map = {}
        if (items.length) {
          const rs = await pb.collection('reviews').getFullList({ filter: items.map((o) => pb.filter('order = {:o}', { o: o.id })).join(' || ') })
          for (const r of rs) map[r.order] = r
        }
        reviews.value = map
      },
    })
    list.load()
    const load = list.load
    const rate = (o) => {
      clear()
      Object.assign(dlg, { open: true, order: o, rating: 0, content: '', view: null })
    }
    const view = (o) => Object.assign(dlg, { open: true, order: o, view: reviews.value[o.id] })
    const save = async () => {
      clear()
      if (!(dlg.rating >= 1)) return (errors.rating = '请选择评分（1-5星）')
      saving.value = true
      try {
        await rateOrder(dlg.order.id, dlg.rating, dlg.content.trim())
        ElMessage.success('评价成功')
        dlg.open = false
        load()
      } catch (e) {
        ElMessage.error(apply(e, '评价失败'))
      } finally {
        saving.value = false
      }
    }
    const status = (o) => PRODUCT_STATUS[o.expand?.product?.status] || { text: '—' }
    return { list, reviews, dlg, saving, errors, load, rate, view, save, status, fmtDate }
  },
  template: `
  <div class="panel" data-test="my-reviews">
    <div class="panel-title"><h3>我的评价</h3><span class="muted small">订单完成后可对商品评价，每个订单评价一次</span></div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无已完成的订单" data-test="my-reviews-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column label="商品名称" min-width="200" show-overflow-tooltip><template #default="{row}"><a :href="'/solutions/' + row.product">{{ row.product_name }}</a></template></el-table-column>
      <el-table-column label="商品状态" width="90"><template #default="{row}"><el-tag size="small" :type="status(row).type">{{ status(row).text }}</el-tag></template></el-table-column>
      <el-table-column label="订购时间" prop="created" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.created) }}</template></el-table-column>
      <el-table-column label="评价时间" width="160"><template #default="{row}">{{ reviews[row.id] ? fmtDate(reviews[row.id].created) : '---' }}</template></el-table-column>
      <el-table-column label="我的评分" width="150"><template #default="{row}"><el-rate v-if="reviews[row.id]" :model-value="reviews[row.id].rating" disabled size="small" /><span v-else>---</span></template></el-table-column>
      <el-table-column label="操作" width="100" fixed="right">
        <template #default="{row}">
          <el-button v-if="reviews[row.id]" link type="primary" @click="view(row)" data-test="view-review">查看评价</el-button>
          <el-button v-else link type="primary" @click="rate(row)" data-test="rate-now">立即评价</el-button>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />
    <el-dialog v-model="dlg.open" :title="dlg.view ? '查看评价' : '立即评价'" width="480px" append-to-body data-test="review-dialog">
      <template v-if="dlg.order">
        <p style="margin-top:0"><b>{{ dlg.order.product_name }}</b> <span class="muted small">{{ dlg.order.spec_name }}</span></p>
        <template v-if="dlg.view">
          <el-rate :model-value="dlg.view.rating" disabled />
          <p style="white-space:pre-wrap;line-height:1.8">{{ dlg.view.content || '（未填写评价内容）' }}</p>
          <div class="muted small">{{ fmtDate(dlg.view.created) }}</div>
        </template>
        <el-form v-else label-position="top" @submit.prevent>
          <el-form-item label="评分" required :error="errors.rating"><el-rate v-model="dlg.rating" @change="errors.rating = ''" show-text :texts="['很差','较差','一般','满意','非常满意']" data-test="rate-stars" /></el-form-item>
          <el-form-item label="评价内容" :error="errors.content"><el-input v-model="dlg.content" type="textarea" :rows="4" maxlength="1000" show-word-limit placeholder="分享您对服务交付、效果的评价" data-test="rate-content" /></el-form-item>
        </el-form>
      </template>
      <template #footer>
        <el-button @click="dlg.open = false">{{ dlg.view ? '关闭' : '取消' }}</el-button>
        <el-button v-if="!dlg.view" type="primary" :loading="saving" @click="save" data-test="rate-submit">提交评价</el-button>
      </template>
    </el-dialog>
  </div>`,
}
