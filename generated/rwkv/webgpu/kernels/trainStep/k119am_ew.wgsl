// kernel k119am_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1527: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1528: array<f32>;
@group(0) @binding(3) var<storage, read> t700: array<f32>;
@group(0) @binding(4) var<storage, read> t901: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1529: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1534: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119am_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l34: f32 = p_blocks_1_ffn_mix_k[i];
    let x1527: f32 = t1527[i];
    let v1528: f32 = l34 - x1527;
    t1528[i] = v1528;
    let l700: f32 = t700[i];
    let l946: f32 = t901[0i];
    let v1529: f32 = l700 * l946;
    t1529[i] = v1529;
    let l1530: f32 = p_optim_m_blocks_1_ffn_mix_r[i];
    let v1532: f32 = l1530 * 0.9f;
    let v1533: f32 = v1529 * 0.1f;
    let v1534: f32 = v1532 + v1533;
    t1534[i] = v1534;
  }
}
