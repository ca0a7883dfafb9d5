// kernel k94af_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1271: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1273: array<f32>;
@group(0) @binding(4) var<storage, read> t245: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1274: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94af_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l34: f32 = p_ln_f_g[i];
    let x1271: f32 = t1271[i];
    let l730: f32 = t645[0i];
    let v1272: f32 = x1271 * l730;
    let v1273: f32 = l34 - v1272;
    t1273[i] = v1273;
    let l246: f32 = t245[i];
    let l707: f32 = t636[0i];
    let v1274: f32 = l246 * l707;
    t1274[i] = v1274;
  }
}
