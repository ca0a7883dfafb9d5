// kernel k23d_reduce
@group(0) @binding(0) var<storage, read> p_optim_m_emb: array<f32>;
@group(0) @binding(1) var<storage, read> t798: array<f32>;
@group(0) @binding(2) var<storage, read_write> t805: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_emb: array<f32>;
@group(0) @binding(4) var<storage, read_write> t811: array<f32>;
@group(0) @binding(5) var<storage, read> t795: array<f32>;
@group(0) @binding(6) var<storage, read_write> t817: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l799: f32 = p_optim_m_emb[col];
    let v802: f32 = l799 * 0.9f;
    let x798: f32 = t798[col];
    let v804: f32 = x798 * 0.1f;
    let v805: f32 = v802 + v804;
    t805[col] = v805;
    let l800: f32 = p_optim_v_emb[col];
    let v807: f32 = l800 * 0.95f;
    let v808: f32 = x798 * x798;
    let v810: f32 = v808 * 0.05f;
    let v811: f32 = v807 + v810;
    t811[col] = v811;
    let v812: f32 = sqrt(v811);
    let x795: f32 = t795[0i];
    let v815: f32 = v812 / x795;
    let v817: f32 = v815 + 1e-8f;
    t817[col] = v817;
  }
}
