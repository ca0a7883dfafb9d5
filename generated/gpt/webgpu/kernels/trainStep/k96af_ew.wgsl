// kernel k96af_ew
@group(0) @binding(0) var<storage, read> p_ln_f_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1275: array<f32>;
@group(0) @binding(2) var<storage, read> t649: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1277: array<f32>;
@group(0) @binding(4) var<storage, read> t247: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1278: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96af_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l34: f32 = p_ln_f_g[i];
    let x1275: f32 = t1275[i];
    let l734: f32 = t649[0i];
    let v1276: f32 = x1275 * l734;
    let v1277: f32 = l34 - v1276;
    t1277[i] = v1277;
    let l248: f32 = t247[i];
    let l711: f32 = t640[0i];
    let v1278: f32 = l248 * l711;
    t1278[i] = v1278;
  }
}
