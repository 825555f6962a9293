// 商品管理 (operators): every product in every state, searchable by name,
// provider, status, category and type; 强制下架 of a listed product with a
// reason the provider is told. Data: GET /api/smedx/console/products.
import { ref, reactive, computed, onMounted } from 'vue'
import { ElMessage } from 'element-plus'
import { errorMessage } from '../api.js'
import { fmtDate, yuan } from '../util.js'
import { useList, useProviders, consoleMeta, productDetail, forceDelist, useConsoleStyles, PAGER, PAGE_SIZES } from '../consoleApi.js'

const STATUS_TAG = { listed: 'success', pending: 'warning', rejected: 'danger', draft: 'info', revoked: 'info', delisted: 'danger' }

export default {
  name: 'ConsoleProductsPage',
  setup() {
    useConsoleStyles()
    const meta = ref({ product_statuses: [], categories: [], product_types: [] })
    const providers = useProviders()
    const list = useList('console/products', { q: '', status: '', category: '', type: '', provider: '' })
    onMounted(async () => {
      list.load()
      providers.search('')
      meta.value = await consoleMeta().catch(() => meta.value)
    })
    const price = (r) => (!r.price_min_fen && !r.price_max_fen ? '—' : r.price_min_fen === r.price_max_fen ? `¥${yuan(r.price_min_fen)}` : `¥${yuan(r.price_min_fen)} - ¥${yuan(r.price_max_fen)}`)

    const drawer = reactive({ open: false, data: null, loading: false, error: '' })
    const openDetail = async (row) => {
      Object.assign(drawer, { open: true, data: null, loading: true, error: '' })
      try {
        drawer.data = await productDetail(row.id)
      } catch (e) {
        drawer.error = errorMessage(e)
      } finally {
        drawer.loading = false
      }
    }
    const dl = reactive({ open: false, row: null, reason: '', busy: false })
    const dlForm = ref(null)
    const dlRules = { reason: [{ required: true, message: '请填写下架原因', trigger: 'blur' }, { max: 500, message: '下架原因不能超过 500 个字', trigger: 'blur' }] }
    const askDelist = (row) => Object.assign(dl, { open: true, row, reason: '', busy: false })
    const submitDelist = async () => {
      if (!(await dlForm.value.validate().catch(() => false))) return
      dl.busy = true
      try {
        await forceDelist(dl.row.id, dl.reason)
        ElMessage.success('商品已下架，已通知服务商')
        dl.open = false
        list.load()
        if (drawer.open) openDetail(dl.row)
      } catch (e) {
        ElMessage.error(errorMessage(e, '下架失败'))
      } finally {
        dl.busy = false
      }
    }
    // The list's filters for the export (lead: wire ExportButton).
    const exportFilter = computed(() => {
      const f = list.filters
      const parts = []
      if (f.status) parts.push(`status = "${f.status}"`)
      if (f.type) parts.push(`type = "${f.type}"`)
      if (f.provider) parts.push(`enterprise = "${f.provider}"`)
      if (f.category) parts.push(`categories ~ "${f.category}"`)
      if (f.q) parts.push(`name ~ "${f.q.replace(/"/g, '')}"`)
      return parts.join(' && ')
    })
    return { meta, providers, ...list, price, drawer, openDetail, dl, dlForm, dlRules, askDelist, submitDelist, exportFilter, fmtDate, yuan, STATUS_TAG, PAGER, PAGE_SIZES }
  },
  template: `
  <div data-test="console-products">
    <div class="console-search">
      <el-form :model="filters" inline @submit.prevent="search">
        <el-form-item label="商品名称"><el-input v-model="filters.q" placeholder="商品或服务商名称" clearable style="width:200px" @keyup.enter="search" /></el-form-item>
        <el-form-item label="服务商">
          <el-select v-model="filters.provider" placeholder="全部" clearable filterable remote :remote-method="providers.search" :loading="providers.loading.value" style="width:200px">
            <el-option v-for="o in providers.options.value" :key="o.value" v-bind="o" />
          </el-select>
        </el-form-item>
        <el-form-item label="状态"><el-select v-model="filters.status" placeholder="全部" clearable style="width:110px"><el-option v-for="o in meta.product_statuses" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="方案分类"><el-select v-model="filters.category" placeholder="全部" clearable style="width:140px"><el-option v-for="o in meta.categories" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item label="发布类型"><el-select v-model="filters.type" placeholder="全部" clearable style="width:150px"><el-option v-for="o in meta.product_types" :key="o.value" v-bind="o" /></el-select></el-form-item>
        <el-form-item>
          <el-button type="primary" @click="search"><el-icon style="margin-right:4px"><icon-search /></el-icon>搜索</el-button>
          <el-button @click="reset"><el-icon style="margin-right:4px"><icon-refresh /></el-icon>重置</el-button>
        </el-form-item>
      </el-form>
    </div>
    <div class="panel">
      <div class="console-toolbar">
        <!-- EXPORT SLOT (lead wires at merge): <export-button dataset="products" :filter="exportFilter" /> -->
        <span class="spacer"></span><span class="muted small">共 {{ state.total }} 个商品</span>
      </div>
      <el-alert v-if="state.error" :title="state.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
      <el-table :data="state.items" v-loading="state.loading" row-key="id" border :default-sort="defaultSort()" @sort-change="onSort" empty-text="暂无商品" data-test="products-table">
        <el-table-column prop="name" label="商品名称" min-width="180" sortable="custom" show-overflow-tooltip>
          <template #default="{row}"><el-link type="primary" :underline="false" @click="openDetail(row)">{{ row.name || '（未命名）' }}</el-link><el-tag v-if="row.revision_pending" size="small" type="warning" style="margin-left:4px">变更审核中</el-tag></template>
        </el-table-column>
        <el-table-column prop="provider_name" label="服务商" min-width="160" show-overflow-tooltip />
        <el-table-column prop="type_label" label="发布类型" width="120" />
        <el-table-column label="方案分类" min-width="140" show-overflow-tooltip><template #default="{row}">{{ row.category_labels.join('、') }}</template></el-table-column>
        <el-table-column prop="status" label="状态" width="90" sortable="custom"><template #default="{row}"><el-tag size="small" :type="STATUS_TAG[row.status]">{{ row.status_label }}</el-tag></template></el-table-column>
        <el-table-column prop="price_min_fen" label="价格" width="150" sortable="custom"><template #default="{row}">{{ price(row) }}</template></el-table-column>
        <el-table-column prop="sales_count" label="销量" width="80" sortable="custom" />
        <el-table-column prop="rating_avg" label="评分" width="80" sortable="custom"><template #default="{row}">{{ row.rating_count ? row.rating_avg.toFixed(1) : '—' }}</template></el-table-column>
        <el-table-column prop="listed_at" label="上架时间" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.listed_at) || '—' }}</template></el-table-column>
        <el-table-column prop="updated" label="更新时间" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.updated) }}</template></el-table-column>
        <el-table-column label="操作" width="130" fixed="right"><template #default="{row}">
          <el-button link type="primary" @click="openDetail(row)">详情</el-button>
          <el-button v-if="row.status === 'listed'" link type="danger" @click="askDelist(row)" data-test="product-delist">强制下架</el-button>
        </template></el-table-column>
      </el-table>
      <div class="pager"><el-pagination :layout="PAGER" :page-sizes="PAGE_SIZES" :total="state.total" v-model:current-page="state.page" v-model:page-size="state.perPage" @current-change="onPage" @size-change="search" /></div>
    </div>

    <el-drawer v-model="drawer.open" :title="drawer.data ? drawer.data.product.name : '商品详情'" size="55%">
      <div v-loading="drawer.loading">
        <el-alert v-if="drawer.error" :title="drawer.error" type="error" show-icon :closable="false" />
        <template v-if="drawer.data">
          <el-descriptions :column="2" border size="small">
            <el-descriptions-item label="商品名称">{{ drawer.data.product.name }}</el-descriptions-item>
            <el-descriptions-item label="服务商">{{ drawer.data.product.provider_name }}</el-descriptions-item>
            <el-descriptions-item label="发布类型">{{ drawer.data.product.type_label }}</el-descriptions-item>
            <el-descriptions-item label="状态"><el-tag size="small" :type="STATUS_TAG[drawer.data.product.status]">{{ drawer.data.product.status_label }}</el-tag></el-descriptions-item>
            <el-descriptions-item label="方案分类">{{ drawer.data.product.category_labels.join('、') || '—' }}</el-descriptions-item>
            <el-descriptions-item label="价格">{{ price(drawer.data.product) }}</el-descriptions-item>
            <el-descriptions-item label="成交订单">{{ drawer.data.orders.count }} 单 ¥{{ yuan(drawer.data.orders.gmv_fen) }}</el-descriptions-item>
            <el-descriptions-item label="评分">{{ drawer.data.product.rating_count ? drawer.data.product.rating_avg.toFixed(1) + '（' + drawer.data.product.rating_count + ' 条）' : '—' }}</el-descriptions-item>
            <el-descriptions-item label="上架时间">{{ fmtDate(drawer.data.product.listed_at) || '—' }}</el-descriptions-item>
            <el-descriptions-item label="最近下架" v-if="drawer.data.last_delist">{{ drawer.data.last_delist.reason || '（未填写原因）' }} — {{ drawer.data.last_delist.actor_name }} {{ fmtDate(drawer.data.last_delist.created) }}</el-descriptions-item>
          </el-descriptions>
          <h4>规格</h4>
          <el-table :data="drawer.data.specs" size="small" border empty-text="暂无规格">
            <el-table-column prop="name" label="规格名称" />
            <el-table-column prop="purchase_mode_label" label="购买方式" width="100" />
            <el-table-column label="价格" width="140"><template #default="{row}">{{ row.pricing === 'free' ? row.pricing_label : '¥' + yuan(row.price_fen) }}</template></el-table-column>
          </el-table>
          <div style="margin-top:12px;display:flex;gap:8px">
            <a v-if="drawer.data.product.status === 'listed'" :href="'/solutions/' + drawer.data.product.id" target="_blank"><el-button>查看商品页</el-button></a>
            <el-button v-if="drawer.data.product.status === 'listed'" type="danger" @click="askDelist(drawer.data.product)">强制下架</el-button>
          </div>
          <!-- HISTORY SLOT (lead wires at merge): <history-tab collection="products" :record="drawer.data.product.id" /> -->
        </template>
      </div>
    </el-drawer>

    <el-dialog v-model="dl.open" title="强制下架" width="500px" append-to-body data-test="delist-dialog">
      <p style="margin-top:0">下架“{{ dl.row && dl.row.name }}”后，该商品不再在门户展示，服务商将收到通知（含下架原因），可修改后重新提交审核。</p>
      <el-form ref="dlForm" :model="dl" :rules="dlRules" label-position="top">
        <el-form-item label="下架原因" prop="reason"><el-input v-model="dl.reason" type="textarea" :rows="3" maxlength="500" show-word-limit data-test="delist-reason" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="dl.open = false">取消</el-button><el-button type="danger" :loading="dl.busy" @click="submitDelist" data-test="delist-ok">确认下架</el-button></template>
    </el-dialog>
  </div>`,
}
