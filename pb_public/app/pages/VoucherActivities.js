// 服务券活动 (enterprise guide §5.6.2, 图5-7): the listed activities; 详情
// shows their batches with 立即申请 (apply) or 抢券 (grab). The server
// decides (window, stock, per-enterprise limit, certification) and its
// refusal is shown as it words it.
import { ref, reactive } from 'vue'
import { ElMessage } from 'element-plus'
import { pb, claimVoucher, useDicts, errorMessage, expandPublic } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { fmtDate, yuan } from '../util.js'
import { useList } from '../list.js'
import ListPager from '../components/ListPager.js'

export default {
  name: 'VoucherActivitiesPage',
  components: { ListPager },
  setup() {
    const dl = useDicts(['solution_category'])
    const detail = reactive({ open: false, activity: null, batches: [], mine: {}, loading: false, error: '', result: {} })
    const busy = ref('')
    const list = useList({
      filters: { q: '' },
      sort: '-start_at',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => pb.collection('voucher_activities').getList(page, perPage, {
        filter: 'listed = true' + (f.q ? ' && ' + pb.filter('name ~ {:q}', { q: f.q }) : ''), sort,
      }),
    })
    list.load()
    const now = () => new Date()
    const state = (a) => {
      const s = new Date(String(a.start_at).replace(' ', 'T'))
      const e = new Date(String(a.end_at).replace(' ', 'T'))
      return now() < s ? { text: '未开始', type: 'info' } : now() > e ? { text: '已结束', type: 'info' } : { text: '进行中', type: 'success' }
    }
    const loadBatches = async (a) => {
      const [batches, mine] = await Promise.all([
        pb.collection('voucher_batches').getFullList({ filter: pb.filter('activity = {:a}', { a: a.id }), sort: 'created' }).then((bs) => expandPublic(bs, { scope_products: 'public_products' })),
        pb.collection('vouchers').getFullList({ filter: pb.filter('enterprise = {:e} && batch.activity = {:a}', { e: session.user.enterprise, a: a.id }), fields: 'id,batch' }),
      ])
      const count = {}
      for (const v of mine) count[v.batch] = (count[v.batch] || 0) + 1
      detail.batches = batches
      detail.mine = count
    }
    const open = async (a) => {
      Object.assign(detail, { open: true, activity: a, batches: [], mine: {}, loading: true, error: '', result: {} })
      try {
        await loadBatches(a)
      } catch (e) {
        detail.error = errorMessage(e)
      } finally {
        detail.loading = false
      }
    }
    const claim = async (b) => {
      busy.value = b.id
      try {
        await claimVoucher(b.id)
        detail.result[b.id] = { ok: true, text: b.mode === 'grab' ? '抢券成功' : '申请成功' }
        ElMessage.success(`${b.mode === 'grab' ? '抢券' : '申请'}成功，可在“服务券查询”查看`)
        await loadBatches(detail.activity)
      } catch (e) {
        const msg = errorMessage(e, '领取失败')
        detail.result[b.id] = { ok: false, text: msg }
        ElMessage.error(msg)
      } finally {
        busy.value = ''
      }
    }
    const validity = (b) => (b.valid_days ? `领取后 ${b.valid_days} 天内有效` : `${fmtDate(b.valid_from, false)} 至 ${fmtDate(b.valid_to, false)}`)
    const scope = (b) => {
      const parts = []
      if (b.scope_categories?.length) parts.push('分类：' + dl('solution_category', b.scope_categories))
      if (b.expand?.scope_products?.length) parts.push('商品：' + b.expand.scope_products.map((p) => p.name).join('、'))
      return parts.join('；') || '全部上架商品'
    }
    return { list, f: list.filters, detail, busy, state, open, claim, validity, scope, fmtDate, yuan, push }
  },
  template: `
  <div class="panel" data-test="voucher-activities">
    <div class="panel-title"><h3>服务券活动</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-input v-model="f.q" placeholder="活动名称" clearable style="width:200px" @keyup.enter="list.search" @clear="list.search" />
        <el-button @click="list.search">查询</el-button>
        <el-button plain @click="push('/workbench/vouchers')">我的服务券</el-button>
      </div>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" />
    <el-table :data="list.items" v-loading="list.loading" empty-text="暂无上架的活动" data-test="activities-table" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column label="活动名称" prop="name" min-width="240" show-overflow-tooltip />
      <el-table-column label="开始时间" prop="start_at" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.start_at) }}</template></el-table-column>
      <el-table-column label="结束时间" prop="end_at" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.end_at) }}</template></el-table-column>
      <el-table-column label="状态" width="80"><template #default="{row}"><el-tag size="small" :type="state(row).type">{{ state(row).text }}</el-tag></template></el-table-column>
      <el-table-column label="操作" width="80" fixed="right"><template #default="{row}"><el-button link type="primary" @click="open(row)" data-test="activity-detail">详情</el-button></template></el-table-column>
    </el-table>
    <list-pager :list="list" />
    <el-dialog v-model="detail.open" :title="detail.activity ? detail.activity.name : ''" width="760px" append-to-body data-test="activity-dialog">
      <div v-loading="detail.loading" style="min-height:120px">
        <p v-if="detail.activity" class="muted" style="margin-top:0">{{ detail.activity.description }}<br>活动时间：{{ fmtDate(detail.activity.start_at) }} 至 {{ fmtDate(detail.activity.end_at) }}</p>
        <el-alert v-if="detail.error" :title="detail.error" type="error" :closable="false" />
        <el-empty v-else-if="!detail.loading && !detail.batches.length" description="该活动暂无服务券" :image-size="60" />
        <div v-for="b in detail.batches" :key="b.id" class="voucher-line" style="align-items:flex-start" :data-batch="b.name">
          <div style="min-width:0;flex:1">
            <div><b>{{ b.name }}</b> <el-tag size="small" :type="b.mode === 'grab' ? 'danger' : 'primary'">{{ b.mode === 'grab' ? '抢券' : '申请' }}</el-tag></div>
            <div class="small" style="margin-top:4px">面值 <b class="money red">¥{{ yuan(b.face_value_fen) }}</b> · 剩余 {{ b.remaining }}/{{ b.quantity }} · 每家企业限领 {{ b.per_enterprise_limit }} 张<template v-if="b.max_ratio"> · 单笔最多抵扣 {{ Math.round(b.max_ratio * 100) }}%</template></div>
            <div class="small muted">{{ validity(b) }} · 适用：{{ scope(b) }}</div>
            <div v-if="b.description" class="small muted">{{ b.description }}</div>
            <div v-if="detail.result[b.id]" class="small" :style="{color: detail.result[b.id].ok ? '#67c23a' : '#f56c6c'}" data-test="claim-result">{{ detail.result[b.id].text }}</div>
          </div>
          <div style="text-align:right">
            <div v-if="detail.mine[b.id]" class="small muted" style="margin-bottom:4px">已领取 {{ detail.mine[b.id] }} 张</div>
            <el-button :type="b.mode === 'grab' ? 'danger' : 'primary'" :loading="busy === b.id" @click="claim(b)" data-test="claim">{{ b.mode === 'grab' ? '抢券' : '立即申请' }}</el-button>
          </div>
        </div>
      </div>
    </el-dialog>
  </div>`,
}
