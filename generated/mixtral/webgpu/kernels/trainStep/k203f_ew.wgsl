// kernel k203f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1282: array<f32>;
@group(0) @binding(3) var<storage, read> t1289: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1293: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l12: f32 = p_layers_1_attn_wq_w[i];
  let l1080: f32 = t1024[0i];
  let v1290: f32 = l12 * l1080;
  let x1282: f32 = t1282[i];
  let x1289: f32 = t1289[i];
  let v1291: f32 = x1282 / x1289;
  let l1083: f32 = t998[0i];
  let v1292: f32 = v1291 * l1083;
  let v1293: f32 = v1290 - v1292;
  t1293[i] = v1293;
}
