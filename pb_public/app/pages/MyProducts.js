// 我的商品 (guide §4.4.2, 图4-12): the tenant's products by status with
// counts, and the actions of each status: edit / submit / delete a draft,
// 撤销 a pending one, 重新编辑 after a rejection or revocation, 下架 and
// edit (as a revision) a listed one, resubmit a delisted one.
import { ref, reactive } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, useDicts, submitProduct, revokeApplication, reeditProduct, delistProduct, deleteProduct, previewUrl, fileUrl, errorMessage } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { useList } from '../list.js'
import { fmtDate, priceRange, PRODUCT_STATUS } from '../util.js'
import ListPager from '../components/ListPager.js'

const TABS = ['listed', 'pending', 'rejected', 'draft', 'revoked', 'delisted']

export default {
  name: 'MyProductsPage',
  components: { ListPager },
  setup() {
    const dl = useDicts(['product_type'])
    const counts = reactive({})
    const busy = ref('')
    const ent = () => session.user?.enterprise

    const loadCounts = async () => {
      await Promise.all(TABS.map(async (s) => {
        const r = await pb.collection('products').getList(1, 1, { filter: pb.filter('enterprise = {:e} && status = {:s}', { e: ent(), s }), fields: 'id' })
        counts[s] = r.totalItems
      })).catch(() => {})
    }
    const list = useList({
      filters: { status: 'listed', q: '' },
      sort: '-updated',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => {
        let filter = pb.filter('enterprise = {:e} && status = {:s}', { e: ent(), s: TABS.includes(f.status) ? f.status : 'listed' })
        if (f.q) filter += ' && ' + pb.filter('(name ~ {:q} || related_product ~ {:q})', { q: f.q })
        return pb.collection('products').getList(page, perPage, { filter, sort })
      },
    })
    const load = list.load
    const refresh = () => Promise.all([list.load(), loadCounts()])
    refresh()
    const changeTab = () => list.search()

    const act = async (row, what, fn, confirmText, okText) => {
      if (confirmText && !(await ElMessageBox.confirm(confirmText, what, { type: 'warning' }).catch(() => false))) return
      busy.value = row.id + what
      try {
        await fn()
        if (okText) ElMessage.success(okText)
        await refresh()
      } catch (e) {
        ElMessage.error(errorMessage(e, `${what}失败`))
      } finally {
        busy.value = ''
      }
    }
    const pendingApp = async (row) => {
      const r = await pb.collection('applications').getList(1, 1, { filter: pb.filter('product = {:p} && status = "pending"', { p: row.id }), sort: '-created', skipTotal: true })
      return r.items[0]
    }
    const lastApp = async (row) => {
      const r = await pb.collection('applications').getList(1, 1, { filter: pb.filter('product = {:p}', { p: row.id }), sort: '-created', skipTotal: true })
      return r.items[0]
    }
    const edit = (row) => push(`/workbench/products/${row.id}/edit`)
    const submit = (row) => act(row, '提交申请', () => submitProduct(row.id), `确认提交“${row.name}”的上架申请？`, '已提交申请')
    const remove = (row) => act(row, '删除', () => deleteProduct(row.id), `确认删除草稿“${row.name}”？删除后不可恢复。`, '已删除')
    const revoke = (row) => act(row, '撤销', async () => {
      const a = await pendingApp(row)
      if (!a) throw new Error('没有审核中的申请')
      await revokeApplication(a.id)
    }, `确认撤销“${row.name}”的申请？撤销后可重新编辑再提交。`, '已撤销')
    const reedit = (row) => act(row, '重新编辑', async () => {
      await reeditProduct(row.id)
      edit(row)
    })
    const delist = (row) => act(row, '下架', () => delistProduct(row.id), `确认下架“${row.name}”？下架后门户不再展示，可重新提交上架申请。`, '已下架')
    const showApp = async (row) => {
      const a = await lastApp(row).catch(() => null)
      if (a) push('/workbench/applications/' + a.id)
      else ElMessage.info('暂无审批记录')
    }
    const preview = (row) => window.open(previewUrl(row.id), '_blank')
    const cover = (row) => fileUrl(row, row.cover, '100x100')
    return {
      TABS, PRODUCT_STATUS, list, f: list.filters, counts, busy, dl,
      load, changeTab, edit, submit, remove, revoke, reedit, delist, showApp, preview, cover, fmtDate, priceRange, push,
    }
  },
  template: `
  <div class="panel" data-test="my-products">
    <div class="panel-title"><h3>我的商品</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-input v-model="f.q" placeholder="商品名称" clearable style="width:200px" @keyup.enter="list.search" @clear="list.search" data-test="products-search" />
        <el-button type="primary" @click="push('/workbench/products/new')" data-test="new-product">商品上架</el-button>
      </div>
    </div>
    <el-tabs v-model="f.status" @tab-change="changeTab" class="status-tabs" data-test="product-tabs">
      <el-tab-pane v-for="s in TABS" :key="s" :name="s">
        <template #label>{{ PRODUCT_STATUS[s].text }}<span class="count" :data-test="'count-' + s">{{ counts[s] ?? '' }}</span></template>
      </el-tab-pane>
    </el-tabs>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无商品" data-test="products-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column label="商品" min-width="260">
        <template #default="{row}">
          <div style="display:flex;gap:10px;align-items:center">
            <img v-if="row.cover" :src="cover(row)" alt="" style="width:56px;height:42px;object-fit:cover;border-radius:4px">
            <div style="min-width:0">
              <div class="ellipsis" :title="row.name">{{ row.name || '（未命名）' }}</div>
              <div class="muted small">{{ dl('product_type', row.type) }}<el-tag v-if="row.revision_pending" size="small" type="warning" style="margin-left:6px">变更审核中</el-tag></div>
            </div>
          </div>
        </template>
      </el-table-column>
      <el-table-column label="价格" width="170"><template #default="{row}"><span class="money">{{ priceRange(row) }}</span></template></el-table-column>
      <el-table-column label="状态" width="90"><template #default="{row}"><el-tag size="small" :type="(PRODUCT_STATUS[row.status]||{}).type">{{ (PRODUCT_STATUS[row.status]||{}).text }}</el-tag></template></el-table-column>
      <el-table-column label="销量" width="80" prop="sales_count" sortable="custom" />
      <el-table-column label="更新时间" width="160" prop="updated" sortable="custom"><template #default="{row}">{{ fmtDate(row.updated) }}</template></el-table-column>
      <el-table-column label="操作" width="230" fixed="right">
        <template #default="{row}">
          <template v-if="row.status === 'draft'">
            <el-button link type="primary" @click="edit(row)" data-test="act-edit">编辑</el-button>
            <el-button link type="primary" @click="submit(row)" :loading="busy === row.id + '提交申请'" data-test="act-submit">提交</el-button>
            <el-button link type="danger" @click="remove(row)" data-test="act-delete">删除</el-button>
          </template>
          <template v-else-if="row.status === 'pending'">
            <el-button link type="primary" @click="showApp(row)">审批进度</el-button>
            <el-button link type="warning" @click="revoke(row)" data-test="act-revoke">撤销</el-button>
          </template>
          <template v-else-if="row.status === 'rejected' || row.status === 'revoked'">
            <el-button link type="primary" @click="reedit(row)" data-test="act-reedit">重新编辑</el-button>
            <el-button link @click="showApp(row)">审批意见</el-button>
          </template>
          <template v-else-if="row.status === 'listed'">
            <el-button link type="primary" @click="push('/solutions/' + row.id)">查看</el-button>
            <el-button link type="primary" @click="edit(row)" :disabled="row.revision_pending" data-test="act-edit">编辑</el-button>
            <el-button link type="warning" @click="delist(row)" data-test="act-delist">下架</el-button>
          </template>
          <template v-else-if="row.status === 'delisted'">
            <el-button link type="primary" @click="submit(row)" data-test="act-resubmit">重新上架</el-button>
            <el-button link @click="showApp(row)">审批记录</el-button>
          </template>
          <el-button v-if="row.status !== 'listed'" link @click="preview(row)">预览</el-button>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />
  </div>`,
}
