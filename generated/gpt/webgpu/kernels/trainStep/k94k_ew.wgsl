// kernel k94k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t389: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t886: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t890: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t894: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l882: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v884: f32 = l882 * 0.9f;
    let l390: f32 = t389[i];
    let l707: f32 = t636[0i];
    let v881: f32 = l390 * l707;
    let v885: f32 = v881 * 0.1f;
    let v886: f32 = v884 + v885;
    t886[i] = v886;
    let l883: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v887: f32 = l883 * 0.95f;
    let v888: f32 = v881 * v881;
    let v889: f32 = v888 * 0.05f;
    let v890: f32 = v887 + v889;
    t890[i] = v890;
    let v891: f32 = sqrt(v890);
    let l724: f32 = t646[0i];
    let v892: f32 = v891 / l724;
    let v893: f32 = v892 + 1e-8f;
    let v894: f32 = v886 / v893;
    t894[i] = v894;
  }
}
