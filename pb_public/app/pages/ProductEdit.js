// 商品上架 (guide §4.4.1): choose the 发布类型, then the listing form —
// 基本信息 of 表4-1, 3 案例, 联系人信息, the 介绍页 (banner, 商品详情 with
// module order, 3 用户案例, 服务支持) and the 规格 of 图4-11. A draft can be
// saved at any time; 发布预览 opens the server's preview page; 提交申请
// starts the review. A listed product is edited as a revision: the live
// product stays as it is until the revision is approved (files then stay).
import { ref, reactive, computed, onMounted, watch } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import {
  pb, dicts, saveProduct, productSpecs, productCases, saveSpec, deleteSpec, saveCase, submitProduct,
  saveRevision, submitProductRevision, draftRevision, previewUrl, fileUrl, serverErrors, fieldErrors, errorMessage,
} from '../api.js'
import { session } from '../store.js'
import { route, push, replace } from '../router.js'
import HistoryTab from '../components/HistoryTab.js'
import { CERT_STATUS, PURCHASE_MODES, checkFile, COVER_EXTS, DOC_EXTS, MEDIA_EXTS, toFen, toYuan, yuan, PRICE_UNITS, PRODUCT_STATUS, PHONE_RE } from '../util.js'

const EDITABLE = ['draft', 'rejected', 'revoked']
const MODULES = { details: '商品详情', cases: '用户案例', support: '服务支持' }
const emptyCase = (idx) => ({ idx, customer: '', annual_output_wan: null, sales_wan: null, delivery_months: null, contact_name: '', contact_title: '', contact_info: '', document: '' })

export default {
  name: 'ProductEditPage',
  components: { HistoryTab },
  setup() {
    const id = ref(route.params.id || '')
    const product = ref(null)
    const loading = ref(!!id.value)
    const loadError = ref('')
    const opts = ref({ product_type: [], tag: [], solution_category: [], industry: [], delivery_cycle: [] })
    const f = reactive({
      type: route.query.type || '', name: '', related_product: '', catalog: '解决方案和产品', tags: [], categories: [], industries: [],
      hist_min: null, hist_max: null, delivery_cycle: '', delivery_man_days: null,
      contact_name: '', contact_methods: ['phone'], contact_phone: '', contact_email: '',
    })
    const intro = reactive({
      banner: { title: '', text: '' },
      details: { title: '商品详情', highlights: [''], description: '', module_order: ['details', 'cases', 'support'] },
      cases: [0, 1, 2].map((i) => ({ title: `用户案例${i + 1}`, text: '', image: '' })),
      support: { title: '服务支持', hours: '', content: '', hotline: '', email: '' },
    })
    const cases = ref([1, 2, 3].map(emptyCase))
    const caseTab = ref('1')
    const caseErr = ref([{}, {}, {}])
    const specs = ref([])
    const removedSpecs = []
    // Files picked but not sent yet, with local previews.
    const pending = reactive({ cover: null, banner_image: null, media: [], caseImages: [null, null, null], docs: [null, null, null] })
    const previews = reactive({ cover: '', banner_image: '', media: [], caseImages: ['', '', ''] })
    const removedMedia = ref([])
    const { errors, apply, clear } = serverErrors()
    const saving = ref(false)
    const savedAt = ref('')
    const revision = computed(() => product.value?.status === 'listed')
    const readOnly = computed(() => product.value && !EDITABLE.includes(product.value.status) && !revision.value)
    const enterpriseName = computed(() => session.enterprise?.name || '')
    // Submitting needs a certified provider (the server refuses otherwise):
    // say so before the form is filled, not after.
    const certStatus = computed(() => session.enterprise?.cert_status || 'draft')
    const certified = computed(() => certStatus.value === 'approved')
    const certText = computed(() => (CERT_STATUS[certStatus.value] || {}).text || certStatus.value)

    const load = async () => {
      opts.value = { ...opts.value, ...(await dicts(['product_type', 'tag', 'solution_category', 'industry', 'delivery_cycle']).catch(() => ({}))) }
      if (!id.value) {
        f.contact_name = session.user?.name || ''
        f.contact_phone = session.user?.phone || ''
        return
      }
      try {
        const [p, s, c] = await Promise.all([pb.collection('products').getOne(id.value), productSpecs(id.value), productCases(id.value)])
        product.value = p
        let data = p
        let specList = s
        let caseList = c
        if (p.status === 'listed') {
          // Continue a saved revision rather than the live version.
          const rev = await draftRevision(p.id).catch(() => null)
          if (rev?.data) {
            data = { ...p, ...rev.data }
            if (rev.data.specs) specList = rev.data.specs
            if (rev.data.cases) caseList = rev.data.cases.map((x) => ({ ...c.find((y) => y.idx === x.idx), ...x }))
          }
        }
        Object.assign(f, {
          type: data.type, name: data.name, related_product: data.related_product, catalog: data.catalog || '解决方案和产品',
          tags: data.tags || [], categories: data.categories || [], industries: data.industries || [],
          hist_min: toYuan(data.hist_price_min_fen), hist_max: toYuan(data.hist_price_max_fen),
          delivery_cycle: data.delivery_cycle, delivery_man_days: data.delivery_man_days || null,
          contact_name: data.contact_name, contact_methods: data.contact_methods || [], contact_phone: data.contact_phone, contact_email: data.contact_email,
        })
        const i = data.intro || {}
        Object.assign(intro.banner, i.banner || {})
        Object.assign(intro.details, i.details || {})
        if (!intro.details.highlights?.length) intro.details.highlights = ['']
        if (!intro.details.module_order?.length) intro.details.module_order = ['details', 'cases', 'support']
        ;(i.cases || []).slice(0, 3).forEach((x, k) => Object.assign(intro.cases[k], x))
        Object.assign(intro.support, i.support || {})
        specs.value = specList.map((x) => ({ ...x, price_yuan: toYuan(x.price_fen) }))
        cases.value = [1, 2, 3].map((n) => ({ ...emptyCase(n), ...(caseList.find((x) => x.idx === n) || {}) }))
      } catch (e) {
        loadError.value = e?.status === 404 ? '商品不存在或无权编辑' : errorMessage(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)

    const chooseType = (t) => {
      f.type = t
      replace('/workbench/products/new?type=' + encodeURIComponent(t))
    }
    const typeLabel = computed(() => (opts.value.product_type.find((o) => o.value === f.type) || {}).label || f.type)

    // ---- files ----
    const pick = (kind, uploadFile, index) => {
      const file = uploadFile.raw || uploadFile
      const rule = {
        cover: [COVER_EXTS, 2, '展示图'], banner_image: [COVER_EXTS, 5, 'Banner 图片'], media: [MEDIA_EXTS, 100, '商品截图或视频'],
        caseImage: [COVER_EXTS, 5, '案例图片'], doc: [DOC_EXTS, 100, '介绍文档'],
      }[kind]
      const msg = checkFile(file, ...rule)
      if (msg) {
        ElMessage.error(msg)
        return false
      }
      const url = /^image\//.test(file.type) ? URL.createObjectURL(file) : ''
      if (kind === 'cover' || kind === 'banner_image') {
        pending[kind] = file
        previews[kind] = url
        delete errors[kind]
      } else if (kind === 'media') {
        pending.media.push(file)
        previews.media.push({ url, name: file.name })
      } else if (kind === 'caseImage') {
        pending.caseImages[index] = file
        previews.caseImages[index] = url
      } else if (kind === 'doc') {
        pending.docs[index] = file
        delete caseErr.value[index].document
      }
      return false
    }
    const coverUrl = computed(() => previews.cover || (product.value?.cover ? fileUrl(product.value, product.value.cover, '400x300') : ''))
    const bannerUrl = computed(() => previews.banner_image || (product.value?.banner_image ? fileUrl(product.value, product.value.banner_image) : ''))
    const storedMedia = computed(() => (product.value?.media || []).filter((m) => !removedMedia.value.includes(m)))
    const caseImageUrl = (i) => previews.caseImages[i] || (intro.cases[i].image && product.value?.case_images?.includes(intro.cases[i].image) ? fileUrl(product.value, intro.cases[i].image, '300x200') : '')
    const isVideo = (name) => /\.mp4$/i.test(name)
    const mediaUrl = (m) => fileUrl(product.value, m, isVideo(m) ? undefined : '200x150')

    // ---- intro helpers ----
    const addHighlight = () => intro.details.highlights.push('')
    const removeHighlight = (i) => intro.details.highlights.splice(i, 1)
    const move = (i, d) => {
      const o = intro.details.module_order
      const j = i + d
      if (j < 0 || j >= o.length) return
      ;[o[i], o[j]] = [o[j], o[i]]
    }

    // ---- specs (图4-11) ----
    const specDlg = reactive({ open: false, index: -1, name: '', purchase_mode: 'year', pricing: 'simple', price_yuan: null, error: {} })
    const openSpec = (i) => {
      const s = i >= 0 ? specs.value[i] : { name: '', purchase_mode: 'year', pricing: 'simple', price_yuan: null }
      Object.assign(specDlg, { open: true, index: i, name: s.name, purchase_mode: s.purchase_mode, pricing: s.pricing, price_yuan: s.price_yuan, error: {} })
    }
    const saveSpecDlg = () => {
      const err = {}
      if (!specDlg.name.trim()) err.name = '请输入规格名称'
      if (specDlg.pricing === 'simple' && !(Number(specDlg.price_yuan) > 0)) err.price = '简单模式请填写大于 0 的规格定价'
      specDlg.error = err
      if (Object.keys(err).length) return
      const row = { name: specDlg.name.trim(), purchase_mode: specDlg.purchase_mode, pricing: specDlg.pricing, price_yuan: specDlg.pricing === 'free' ? 0 : specDlg.price_yuan }
      if (specDlg.index >= 0) specs.value[specDlg.index] = { ...specs.value[specDlg.index], ...row, dirty: true }
      else specs.value.push({ ...row, dirty: true })
      delete errors.specs
      specDlg.open = false
    }
    const removeSpec = (i) => {
      const [s] = specs.value.splice(i, 1)
      if (s.id) removedSpecs.push(s.id)
    }

    // ---- saving ----
    const productData = () => {
      const cleanIntro = JSON.parse(JSON.stringify(intro))
      cleanIntro.details.highlights = cleanIntro.details.highlights.map((h) => h.trim()).filter(Boolean)
      return {
        type: f.type, name: f.name.trim(), related_product: f.related_product.trim(), catalog: f.catalog,
        tags: f.tags, categories: f.categories, industries: f.industries,
        hist_price_min_fen: toFen(f.hist_min), hist_price_max_fen: toFen(f.hist_max),
        delivery_cycle: f.delivery_cycle || '', delivery_man_days: f.delivery_man_days || 0,
        contact_name: f.contact_name.trim(), contact_methods: f.contact_methods,
        contact_phone: f.contact_methods.includes('phone') ? f.contact_phone.trim() : '',
        contact_email: f.contact_methods.includes('email') ? f.contact_email.trim() : '',
        intro: cleanIntro,
      }
    }
    const specRow = (s, i) => ({ name: s.name, purchase_mode: s.purchase_mode, pricing: s.pricing, price_fen: s.pricing === 'free' ? 0 : toFen(s.price_yuan), sort: i })
    const caseRow = (c) => ({
      idx: c.idx, customer: c.customer, annual_output_wan: c.annual_output_wan ?? 0, sales_wan: c.sales_wan ?? 0,
      delivery_months: c.delivery_months ?? 0, contact_name: c.contact_name, contact_title: c.contact_title, contact_info: c.contact_info,
    })
    const revisionData = () => ({ ...productData(), specs: specs.value.map(specRow), cases: cases.value.map(caseRow) })

    // saveAll writes the product, its files, cases and specs; server
    // errors land on the fields (and the case tab) they name.
    const saveAll = async () => {
      clear()
      caseErr.value = [{}, {}, {}]
      if (revision.value) {
        await saveRevision(id.value, revisionData())
        return
      }
      const data = productData()
      const files = {}
      if (pending.cover) files.cover = pending.cover
      if (pending.banner_image) files.banner_image = pending.banner_image
      if (pending.media.length) files['media+'] = pending.media
      if (!id.value) data.enterprise = session.user.enterprise
      if (removedMedia.value.length) data['media-'] = removedMedia.value
      let p = await saveProduct(id.value, data, files)
      if (!id.value) {
        id.value = p.id
        history.replaceState({}, '', `/workbench/products/${p.id}/edit`)
      }
      pending.cover = null
      pending.banner_image = null
      pending.media = []
      previews.media = []
      removedMedia.value = []
      // Case images one by one, so each new file name is known for its case.
      for (let i = 0; i < 3; i++) {
        const file = pending.caseImages[i]
        if (!file) continue
        const before = p.case_images || []
        const data = {}
        if (intro.cases[i].image && before.includes(intro.cases[i].image)) data['case_images-'] = intro.cases[i].image
        p = await saveProduct(p.id, data, { 'case_images+': file })
        const added = (p.case_images || []).find((n) => !before.includes(n))
        if (added) intro.cases[i].image = added
        pending.caseImages[i] = null
      }
      if (intro.cases.some((c, i) => c.image !== (p.intro?.cases?.[i]?.image || ''))) p = await saveProduct(p.id, { intro: productData().intro })
      product.value = p
      // Cases: the ones with any content.
      for (let i = 0; i < 3; i++) {
        const c = cases.value[i]
        const touched = c.id || pending.docs[i] || c.customer || c.annual_output_wan || c.sales_wan || c.delivery_months
        if (!touched) continue
        try {
          const saved = await saveCase({ ...caseRow(c), id: c.id, product: p.id }, pending.docs[i])
          cases.value[i] = { ...c, ...saved }
          pending.docs[i] = null
        } catch (e) {
          caseErr.value[i] = fieldErrors(e)
          caseTab.value = String(i + 1)
          throw e
        }
      }
      // Specs: removed, changed and new ones.
      for (const sid of removedSpecs.splice(0)) await deleteSpec(sid).catch((e) => { if (e?.status !== 404) throw e })
      for (let i = 0; i < specs.value.length; i++) {
        const s = specs.value[i]
        if (s.id && !s.dirty && s.sort === i) continue
        try {
          const saved = await saveSpec({ ...specRow(s, i), id: s.id, product: p.id })
          specs.value[i] = { ...saved, price_yuan: toYuan(saved.price_fen) }
        } catch (e) {
          errors.specs = `规格“${s.name}”：${errorMessage(e)}`
          throw e
        }
      }
    }

    const saveDraft = async (quiet) => {
      if (!f.name.trim()) {
        errors.name = '请先填写方案名称再保存'
        ElMessage.error('请先填写方案名称')
        return false
      }
      saving.value = true
      try {
        await saveAll()
        savedAt.value = new Date().toLocaleTimeString('zh-CN', { hour12: false })
        if (!quiet) ElMessage.success(revision.value ? '变更内容已保存（审核通过后生效）' : '草稿已保存')
        return true
      } catch (e) {
        ElMessage.error(apply(e, '保存失败'))
        for (const [k, v] of Object.entries(fieldErrors(e))) errors[k] = v
        return false
      } finally {
        saving.value = false
      }
    }

    const preview = async () => {
      // The preview tab must be opened in the click itself (popup rules).
      const tab = window.open('about:blank', '_blank')
      if (!(await saveDraft(true))) {
        tab?.close()
        return
      }
      if (tab) tab.location = previewUrl(id.value)
    }

    // Checks of 表4-1 before asking the server, which checks them again.
    const localCheck = () => {
      const e = {}
      const need = { name: '方案名称', related_product: '相关产品名称', catalog: '目录', delivery_cycle: '交付平均周期', contact_name: '联系人姓名' }
      for (const [k, label] of Object.entries(need)) if (!String(f[k] || '').trim()) e[k] = `请填写${label}`
      if (!f.tags.length) e.tags = '请选择标签'
      if (!f.categories.length) e.categories = '请选择方案分类'
      if (!f.industries.length) e.industries = '请选择适用行业'
      if (!(f.hist_min > 0)) e.hist_price_min_fen = '请填写销售历史最低价格'
      if (!(f.hist_max > 0)) e.hist_price_max_fen = '请填写销售历史最高价格'
      else if (f.hist_min > f.hist_max) e.hist_price_max_fen = '最高价格不能低于最低价格'
      if (!(f.delivery_man_days > 0)) e.delivery_man_days = '请填写交付人工数量'
      if (!pending.cover && !product.value?.cover) e.cover = '请上传展示图'
      if (!f.contact_methods.length) e.contact_methods = '请至少选择一种联系方式'
      if (f.contact_methods.includes('phone') && !PHONE_RE.test(f.contact_phone)) e.contact_phone = '请填写正确的手机号'
      if (f.contact_methods.includes('email') && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(f.contact_email)) e.contact_email = '请填写正确的邮箱'
      if (!specs.value.length) e.specs = '请至少添加一个规格'
      // The intro page as the public will see it (the server checks it too).
      const t = (v) => String(v || '').trim()
      if (!t(intro.banner.title) || !t(intro.banner.text)) e.intro = '请填写介绍页 Banner 的标题和文字'
      else if (!t(intro.details.description)) e.intro = '请填写商品详情的商品说明'
      else if (intro.cases.some((c) => !t(c.text))) e.intro = `请填写用户案例${intro.cases.findIndex((c) => !t(c.text)) + 1}的案例内容`
      else if (!t(intro.support.hours) || !t(intro.support.content)) e.intro = '请填写服务支持的售后服务时间和售后服务内容'
      else if (!t(intro.support.hotline) && !t(intro.support.email)) e.intro = '请填写服务支持的服务热线或服务邮箱'
      const ce = [{}, {}, {}]
      cases.value.forEach((c, i) => {
        if (!c.customer) ce[i].customer = '请填写客户名称'
        if (!(c.annual_output_wan > 0)) ce[i].annual_output_wan = '请填写客户年产值'
        if (!(c.sales_wan > 0)) ce[i].sales_wan = '请填写方案销售额度'
        if (!(c.delivery_months > 0)) ce[i].delivery_months = '请填写交付周期'
        if (!c.document && !pending.docs[i]) ce[i].document = '请上传介绍文档'
      })
      return { e, ce }
    }

    // After a first 提交申请 the checks run again on every change, so a
    // field's message goes away as soon as it is filled in (and a server
    // message goes away when its field changes), as el-form rules would.
    const LOCAL_KEYS = ['name', 'related_product', 'catalog', 'delivery_cycle', 'contact_name', 'tags', 'categories', 'industries', 'hist_price_min_fen',
      'hist_price_max_fen', 'delivery_man_days', 'cover', 'contact_methods', 'contact_phone', 'contact_email', 'specs', 'intro']
    const checked = ref(false)
    const recheck = () => {
      if (!checked.value) return
      const { e, ce } = localCheck()
      for (const k of LOCAL_KEYS) {
        if (e[k]) errors[k] = e[k]
        else delete errors[k]
      }
      caseErr.value = ce
    }
    const ERROR_KEYS = { hist_min: ['hist_price_min_fen', 'hist_price_max_fen'], hist_max: ['hist_price_max_fen'] }
    for (const k of Object.keys(f)) {
      watch(() => f[k], () => {
        for (const ek of ERROR_KEYS[k] || [k]) delete errors[ek]
        recheck()
      }, { deep: true })
    }
    watch(intro, () => { delete errors.intro; recheck() }, { deep: true })
    watch(specs, () => { delete errors.specs; recheck() }, { deep: true })
    watch(cases, () => recheck(), { deep: true })
    watch(pending, () => { if (pending.cover) delete errors.cover; recheck() }, { deep: true })

    const submit = async () => {
      checked.value = true
      const { e, ce } = localCheck()
      const bad = Object.keys(e).length + ce.reduce((a, x) => a + Object.keys(x).length, 0)
      if (bad) {
        clear()
        Object.assign(errors, e)
        caseErr.value = ce
        const firstCase = ce.findIndex((x) => Object.keys(x).length)
        if (firstCase >= 0 && !Object.keys(e).length) caseTab.value = String(firstCase + 1)
        ElMessage.error(`还有 ${bad} 项信息需要填写或修改`)
        setTimeout(() => document.querySelector('.product-edit .is-error, .product-edit .field-error')?.scrollIntoView({ block: 'center' }), 50)
        return
      }
      if (!(await ElMessageBox.confirm(revision.value ? '提交变更申请？审核通过前门户仍展示当前版本。' : '确认提交上架申请？提交后将进入运营初审、专家评审、工信厅终审。', '提交申请', { type: 'info' }).catch(() => false))) return
      if (!(await saveDraft(true))) return
      saving.value = true
      try {
        if (revision.value) await submitProductRevision(id.value, revisionData())
        else await submitProduct(id.value)
        ElMessage.success('已提交申请，请在“我的待办”查看审批进度')
        push('/workbench/products?status=pending')
      } catch (err) {
        ElMessage.error(apply(err, '提交失败'))
      } finally {
        saving.value = false
      }
    }

    const specPrice = (s) => (s.pricing === 'free' ? '免费' : `¥${yuan(toFen(s.price_yuan))} ${PRICE_UNITS[s.purchase_mode] || ''}`)
    return {
      id, product, loading, loadError, opts, f, intro, cases, caseTab, caseErr, specs, pending, previews, errors, saving, savedAt,
      revision, readOnly, enterpriseName, certified, certText, typeLabel, chooseType, pick, coverUrl, bannerUrl, storedMedia, removedMedia, caseImageUrl,
      isVideo, mediaUrl, addHighlight, removeHighlight, move, specDlg, openSpec, saveSpecDlg, removeSpec, saveDraft, preview, submit,
      specPrice, MODULES, PRICE_UNITS, PURCHASE_MODES, PRODUCT_STATUS, COVER_EXTS, DOC_EXTS, push,
    }
  },
  template: `
  <div class="product-edit" v-loading="loading" style="min-height:300px" data-test="product-edit">
    <div class="panel" v-if="loadError"><el-result icon="warning" :title="loadError"><template #extra><a href="/workbench/products">返回我的商品</a></template></el-result></div>

    <el-alert v-if="!certified && !loadError" type="warning" show-icon :closable="false" style="margin-bottom:12px" data-test="cert-warning"
      :title="'企业认证通过后才能提交商品上架申请（当前认证状态：' + certText + '）。现在可以先填写并保存草稿，认证通过后再提交。'" />
    <div class="panel" v-if="!loadError && !id && !f.type" data-test="product-type-choice">
      <div class="panel-title"><h3>选择发布类型</h3></div>
      <div class="grid grid-3">
        <div v-for="t in opts.product_type" :key="t.value" class="type-card">
          <div><b>{{ t.label }}</b><div class="muted small" style="margin-top:6px">发布{{ t.label }}类商品，经三级审核后在门户上架。</div></div>
          <el-button type="primary" @click="chooseType(t.value)" :data-test="'type-' + t.value">立即上架</el-button>
        </div>
      </div>
      <el-empty v-if="!opts.product_type.length" description="加载中…" :image-size="60" />
    </div>

    <template v-else-if="!loading && !loadError">
      <el-alert v-if="revision" type="warning" show-icon :closable="false" style="margin-bottom:12px" title="该商品已上架：修改内容作为变更申请提交审核，审核通过前门户仍展示当前版本；图片和文档不能通过变更修改。" />
      <el-alert v-else-if="readOnly" type="info" show-icon :closable="false" style="margin-bottom:12px" :title="'商品当前状态为“' + ((PRODUCT_STATUS[product.status]||{}).text || product.status) + '”，不能编辑。'" />
      <el-alert v-else-if="product && product.status !== 'draft'" type="error" show-icon :closable="false" style="margin-bottom:12px" title="商品已被驳回或撤销，修改后可重新提交申请。" />

      <el-form label-width="150px" class="resp-form" :disabled="readOnly" @submit.prevent>
        <div class="panel">
          <div class="panel-title"><h3>基本信息 <el-tag size="small" style="margin-left:6px">{{ typeLabel }}</el-tag></h3>
            <el-tag v-if="product" :type="(PRODUCT_STATUS[product.status]||{}).type">{{ (PRODUCT_STATUS[product.status]||{}).text }}</el-tag></div>
          <el-form-item label="方案名称" required :error="errors.name" data-field="name">
            <el-input v-model="f.name" maxlength="100" show-word-limit placeholder="服务商自定义的方案名称" data-test="p-name" />
          </el-form-item>
          <el-form-item label="相关产品名称" required :error="errors.related_product" data-field="related_product">
            <el-input v-model="f.related_product" maxlength="100" data-test="p-related" />
          </el-form-item>
          <el-form-item label="目录" required :error="errors.catalog">
            <el-select v-model="f.catalog" style="width:100%"><el-option value="解决方案和产品" label="解决方案和产品" /></el-select>
          </el-form-item>
          <el-form-item label="标签" required :error="errors.tags" data-field="tags">
            <el-select v-model="f.tags" multiple filterable placeholder="请选择标签" style="width:100%" data-test="p-tags">
              <el-option v-for="o in opts.tag" :key="o.value" :value="o.value" :label="o.label" />
            </el-select>
          </el-form-item>
          <el-form-item label="展示图" required :error="errors.cover" data-field="cover">
            <div style="display:flex;gap:12px;align-items:flex-start;flex-wrap:wrap">
              <img v-if="coverUrl" :src="coverUrl" class="license-thumb" alt="展示图" data-test="cover-thumb">
              <el-upload v-if="!revision" :auto-upload="false" :show-file-list="false" accept=".jpeg,.png,.jpg,.bmp" :on-change="file => pick('cover', file)" data-test="upload-cover">
                <el-button><el-icon style="margin-right:4px"><icon-upload /></el-icon>{{ coverUrl ? '重新上传' : '上传图片' }}</el-button>
              </el-upload>
            </div>
            <div class="upload-hint" style="width:100%">只能上传大小不超过2M的图片，支持格式：jpeg,png,jpg,bmp.</div>
          </el-form-item>
          <el-form-item label="方案分类" required :error="errors.categories" data-field="categories">
            <el-select v-model="f.categories" multiple :multiple-limit="5" filterable placeholder="最多5个方案分类" style="width:100%" data-test="p-categories">
              <el-option v-for="o in opts.solution_category" :key="o.value" :value="o.value" :label="o.label" />
            </el-select>
            <div class="upload-hint">已选 {{ f.categories.length }}/5</div>
          </el-form-item>
          <el-form-item label="适用行业" required :error="errors.industries" data-field="industries">
            <el-cascader v-model="f.industries" :options="opts.industry" :props="{ multiple: true, emitPath: false, checkStrictly: true }" filterable clearable placeholder="最多3个行业" style="width:100%" data-test="p-industries" @change="v => { if (v.length > 3) { f.industries = v.slice(0, 3); errors.industries = '最多选择3个适用行业' } }" />
            <div class="upload-hint">已选 {{ f.industries.length }}/3</div>
          </el-form-item>
          <div class="grid grid-2" style="gap:0 16px">
            <el-form-item label="销售历史最低价格" required :error="errors.hist_price_min_fen" data-field="hist_min">
              <el-input-number v-model="f.hist_min" :min="0" :precision="2" :controls="false" style="width:100%" placeholder="元" data-test="p-hist-min" /><span class="unit">元</span>
            </el-form-item>
            <el-form-item label="销售历史最高价格" required :error="errors.hist_price_max_fen" data-field="hist_max">
              <el-input-number v-model="f.hist_max" :min="0" :precision="2" :controls="false" style="width:100%" placeholder="元" data-test="p-hist-max" /><span class="unit">元</span>
            </el-form-item>
            <el-form-item label="交付平均周期" required :error="errors.delivery_cycle" data-field="delivery_cycle">
              <el-select v-model="f.delivery_cycle" placeholder="请选择" style="width:100%" data-test="p-cycle">
                <el-option v-for="o in opts.delivery_cycle" :key="o.value" :value="o.value" :label="o.label" />
              </el-select>
            </el-form-item>
            <el-form-item label="交付人工数量（人天）" required :error="errors.delivery_man_days" data-field="man_days">
              <el-input-number v-model="f.delivery_man_days" :min="0" :precision="0" :controls="false" style="width:100%" data-test="p-man-days" />
            </el-form-item>
          </div>
        </div>

        <div class="panel" data-test="p-cases">
          <div class="panel-title"><h3>案例说明</h3><span class="muted small">请配置 3 个案例的客户信息</span></div>
          <div v-if="errors.cases" class="field-error" style="margin-bottom:8px">{{ errors.cases }}</div>
          <el-tabs v-model="caseTab">
            <el-tab-pane v-for="(c, i) in cases" :key="c.idx" :name="String(c.idx)">
              <template #label><span :class="{ 'tab-error': Object.keys(caseErr[i]).length }">案例{{ c.idx }}</span></template>
              <div :data-case="c.idx">
                <el-form-item label="客户名称" required :error="caseErr[i].customer"><el-input v-model="c.customer" maxlength="100" data-test="case-customer" /></el-form-item>
                <div class="grid grid-3" style="gap:0 16px">
                  <el-form-item label="客户年产值（万元）" required :error="caseErr[i].annual_output_wan"><el-input-number v-model="c.annual_output_wan" :min="0" :precision="2" :controls="false" style="width:100%" data-test="case-output" /></el-form-item>
                  <el-form-item label="方案销售额度（万元）" required :error="caseErr[i].sales_wan"><el-input-number v-model="c.sales_wan" :min="0" :precision="2" :controls="false" style="width:100%" data-test="case-sales" /></el-form-item>
                  <el-form-item label="交付周期（月）" required :error="caseErr[i].delivery_months"><el-input-number v-model="c.delivery_months" :min="0" :precision="0" :controls="false" style="width:100%" data-test="case-months" /></el-form-item>
                </div>
                <div class="grid grid-3" style="gap:0 16px">
                  <el-form-item label="客户联系人姓名" :error="caseErr[i].contact_name"><el-input v-model="c.contact_name" maxlength="50" /></el-form-item>
                  <el-form-item label="客户联系人职务" :error="caseErr[i].contact_title"><el-input v-model="c.contact_title" maxlength="50" /></el-form-item>
                  <el-form-item label="客户联系人联系方式" :error="caseErr[i].contact_info"><el-input v-model="c.contact_info" maxlength="100" /></el-form-item>
                </div>
                <el-form-item label="介绍文档" required :error="caseErr[i].document">
                  <div style="display:flex;gap:10px;align-items:center;flex-wrap:wrap">
                    <el-upload v-if="!revision" :auto-upload="false" :show-file-list="false" :accept="DOC_EXTS.map(x => '.' + x).join(',')" :on-change="file => pick('doc', file, i)" data-test="upload-doc">
                      <el-button><el-icon style="margin-right:4px"><icon-upload /></el-icon>上传文档</el-button>
                    </el-upload>
                    <span v-if="pending.docs[i]" class="small" data-test="doc-name">{{ pending.docs[i].name }}（待保存）</span>
                    <span v-else-if="c.document" class="small" data-test="doc-name"><el-icon><icon-document /></el-icon> {{ c.document }}</span>
                  </div>
                  <div class="upload-hint" style="width:100%">针对问题、实施方案、实施效果等，文件不超过100M，支持格式：pdf,png,jpg,jpeg,doc,docx,zip,mp4,ppt,pptx,bmp.</div>
                </el-form-item>
              </div>
            </el-tab-pane>
          </el-tabs>
        </div>

        <div class="panel">
          <div class="panel-title"><h3>联系人信息</h3></div>
          <el-form-item label="企业名称"><el-input :model-value="enterpriseName" disabled /></el-form-item>
          <el-form-item label="姓名" required :error="errors.contact_name"><el-input v-model="f.contact_name" maxlength="50" data-test="p-contact-name" /></el-form-item>
          <el-form-item label="联系方式" required :error="errors.contact_methods">
            <el-checkbox-group v-model="f.contact_methods" data-test="p-contact-methods"><el-checkbox value="phone">手机</el-checkbox><el-checkbox value="email">邮箱</el-checkbox></el-checkbox-group>
          </el-form-item>
          <el-form-item v-if="f.contact_methods.includes('phone')" label="手机" required :error="errors.contact_phone"><el-input v-model="f.contact_phone" maxlength="11" data-test="p-contact-phone" /></el-form-item>
          <el-form-item v-if="f.contact_methods.includes('email')" label="邮箱" required :error="errors.contact_email"><el-input v-model="f.contact_email" maxlength="200" data-test="p-contact-email" /></el-form-item>
        </div>

        <div class="panel" data-test="p-intro">
          <div class="panel-title"><h3>介绍页</h3><span class="muted small">门户商品详情页的内容，可随时“发布预览”查看效果</span></div>
          <div v-if="errors.intro" class="field-error" style="margin-bottom:8px" data-test="intro-error">{{ errors.intro }}</div>
          <div class="intro-banner" :style="bannerUrl ? { backgroundImage: 'linear-gradient(120deg, rgba(8,59,124,.85), rgba(29,116,216,.7)), url(' + bannerUrl + ')' } : null">
            <el-input v-model="intro.banner.title" maxlength="100" placeholder="标题：请输入商品名称" class="banner-title" data-test="intro-banner-title" />
            <el-input v-model="intro.banner.text" type="textarea" :rows="2" maxlength="300" placeholder="请输入商品介绍" style="margin-top:8px" data-test="intro-banner-text" />
            <el-upload v-if="!revision" :auto-upload="false" :show-file-list="false" accept=".jpeg,.png,.jpg,.bmp" :on-change="file => pick('banner_image', file)" style="margin-top:8px">
              <el-button size="small">上传图片</el-button>
            </el-upload>
          </div>
          <div v-for="(m, i) in intro.details.module_order" :key="m" class="intro-module" :data-module="m">
            <div class="module-head">
              <div class="mover"><el-button size="small" circle :disabled="i === 0" @click="move(i, -1)" aria-label="上移"><el-icon><icon-top /></el-icon></el-button>
                <el-button size="small" circle :disabled="i === intro.details.module_order.length - 1" @click="move(i, 1)" aria-label="下移"><el-icon><icon-bottom /></el-icon></el-button></div>
              <b>{{ MODULES[m] }}</b>
            </div>
            <template v-if="m === 'details'">
              <el-form-item label="标题"><el-input v-model="intro.details.title" maxlength="30" /></el-form-item>
              <el-form-item label="商品亮点">
                <div style="width:100%">
                  <div v-for="(h, k) in intro.details.highlights" :key="k" style="display:flex;gap:6px;margin-bottom:6px">
                    <el-input v-model="intro.details.highlights[k]" maxlength="50" placeholder="例如：开箱即用，两周上线" data-test="intro-highlight" />
                    <el-button :disabled="intro.details.highlights.length === 1" @click="removeHighlight(k)">删除</el-button>
                  </div>
                  <el-button size="small" @click="addHighlight" :disabled="intro.details.highlights.length >= 10">新增</el-button>
                </div>
              </el-form-item>
              <el-form-item label="商品说明"><el-input v-model="intro.details.description" type="textarea" :rows="4" maxlength="5000" show-word-limit placeholder="商品服务特点、服务内容、注意事项等" data-test="intro-description" /></el-form-item>
              <el-form-item label="商品截图/视频">
                <div class="media-list">
                  <div v-for="mm in storedMedia" :key="mm" class="media-item">
                    <video v-if="isVideo(mm)" :src="mediaUrl(mm)" muted></video><img v-else :src="mediaUrl(mm)" alt="">
                    <el-button v-if="!revision" size="small" circle class="rm" @click="removedMedia.push(mm)" aria-label="删除"><el-icon><icon-close /></el-icon></el-button>
                  </div>
                  <div v-for="(pm, k) in previews.media" :key="'p' + k" class="media-item"><img v-if="pm.url" :src="pm.url" alt=""><span v-else class="small">{{ pm.name }}</span></div>
                  <el-upload v-if="!revision" :auto-upload="false" :show-file-list="false" multiple accept=".jpeg,.jpg,.png,.bmp,.gif,.webp,.mp4" :on-change="file => pick('media', file)">
                    <div class="media-add"><el-icon :size="22"><icon-plus /></el-icon><span class="small">上传图片或视频</span></div>
                  </el-upload>
                </div>
              </el-form-item>
            </template>
            <template v-else-if="m === 'cases'">
              <div class="grid grid-3">
                <div v-for="(c, k) in intro.cases" :key="k" class="intro-case">
                  <el-input v-model="c.title" maxlength="30" size="small" />
                  <el-input v-model="c.text" type="textarea" :rows="3" maxlength="500" placeholder="案例内容" style="margin:6px 0" data-test="intro-case-text" />
                  <img v-if="caseImageUrl(k)" :src="caseImageUrl(k)" alt="" class="license-thumb">
                  <el-upload v-if="!revision" :auto-upload="false" :show-file-list="false" accept=".jpeg,.png,.jpg,.bmp" :on-change="file => pick('caseImage', file, k)">
                    <el-button size="small">{{ caseImageUrl(k) ? '更换图片' : '上传案例图片' }}</el-button>
                  </el-upload>
                </div>
              </div>
            </template>
            <template v-else>
              <el-form-item label="标题"><el-input v-model="intro.support.title" maxlength="30" /></el-form-item>
              <div class="grid grid-2" style="gap:0 16px">
                <el-form-item label="售后服务时间"><el-input v-model="intro.support.hours" maxlength="100" placeholder="例如：工作日 8:30-17:30" data-test="support-hours" /></el-form-item>
                <el-form-item label="服务热线"><el-input v-model="intro.support.hotline" maxlength="30" data-test="support-hotline" /></el-form-item>
                <el-form-item label="服务邮箱"><el-input v-model="intro.support.email" maxlength="100" /></el-form-item>
              </div>
              <el-form-item label="售后服务内容"><el-input v-model="intro.support.content" type="textarea" :rows="2" maxlength="1000" data-test="support-content" /></el-form-item>
            </template>
          </div>
        </div>

        <div class="panel" data-test="p-specs">
          <div class="panel-title"><h3>商品规格</h3><el-button type="primary" plain @click="openSpec(-1)" data-test="spec-add">添加规格</el-button></div>
          <div v-if="errors.specs" class="field-error el-form-item__error" style="position:static;margin-bottom:8px">{{ errors.specs }}</div>
          <el-table :data="specs" empty-text="暂无规格，请添加规格" size="small" data-test="spec-table">
            <el-table-column prop="name" label="规格名称" min-width="160" />
            <el-table-column label="购买方式" width="100"><template #default="{row}">{{ PURCHASE_MODES[row.purchase_mode] || row.purchase_mode }}</template></el-table-column>
            <el-table-column label="定价模式" width="100"><template #default="{row}">{{ row.pricing === 'free' ? '免费' : '简单模式' }}</template></el-table-column>
            <el-table-column label="规格定价" min-width="140"><template #default="{row}">{{ specPrice(row) }}</template></el-table-column>
            <el-table-column label="操作" width="130">
              <template #default="{row, $index}"><el-button link type="primary" @click="openSpec($index)">编辑</el-button><el-button link type="danger" @click="removeSpec($index)">删除</el-button></template>
            </el-table-column>
          </el-table>
        </div>
      </el-form>

      <div class="action-bar" v-if="!readOnly">
        <span class="muted small" v-if="savedAt" data-test="saved-at">已保存 {{ savedAt }}</span>
        <el-button :loading="saving" @click="saveDraft(false)" data-test="p-save">{{ revision ? '保存变更' : '保存草稿' }}</el-button>
        <el-button :loading="saving" @click="preview" data-test="p-preview">发布预览</el-button>
        <el-tooltip :disabled="certified" content="企业认证通过后才能提交申请" placement="top">
          <span style="margin-left:12px"><el-button type="primary" :loading="saving" :disabled="!certified" @click="submit" data-test="p-submit">提交申请</el-button></span>
        </el-tooltip>
      </div>
      <history-tab v-if="id" collection="products" :record="id" />
    </template>

    <el-dialog v-model="specDlg.open" title="添加规格" width="520px" append-to-body data-test="spec-dialog">
      <el-form label-width="90px" @submit.prevent>
        <el-form-item label="规格名称" required :error="specDlg.error.name"><el-input v-model="specDlg.name" maxlength="60" data-test="spec-name" /></el-form-item>
        <el-form-item label="购买方式" required>
          <el-radio-group v-model="specDlg.purchase_mode" data-test="spec-mode"><el-radio v-for="(text, code) in PURCHASE_MODES" :key="code" :value="code">{{ text }}</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item label="定价模式" required>
          <el-radio-group v-model="specDlg.pricing" data-test="spec-pricing"><el-radio value="free">免费</el-radio><el-radio value="simple">简单模式</el-radio></el-radio-group>
        </el-form-item>
        <el-form-item v-if="specDlg.pricing === 'simple'" label="规格定价" required :error="specDlg.error.price">
          <el-input-number v-model="specDlg.price_yuan" :min="0" :precision="2" :controls="false" style="width:200px" data-test="spec-price" /><span class="unit">{{ PRICE_UNITS[specDlg.purchase_mode] }}</span>
        </el-form-item>
      </el-form>
      <template #footer><el-button @click="specDlg.open = false">取消</el-button><el-button type="primary" @click="saveSpecDlg" data-test="spec-ok">确认</el-button></template>
    </el-dialog>
  </div>`,
}
