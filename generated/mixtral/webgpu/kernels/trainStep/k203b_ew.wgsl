// kernel k203b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1068: array<f32>;
@group(0) @binding(3) var<storage, read> t1079: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1085: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k203b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l1080: f32 = t1024[0i];
  let v1081: f32 = l2 * l1080;
  let x1068: f32 = t1068[i];
  let x1079: f32 = t1079[i];
  let v1082: f32 = x1068 / x1079;
  let l1083: f32 = t998[0i];
  let v1084: f32 = v1082 * l1083;
  let v1085: f32 = v1081 - v1084;
  t1085[i] = v1085;
}
