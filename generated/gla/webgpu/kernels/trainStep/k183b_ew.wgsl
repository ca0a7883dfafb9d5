// kernel k183b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1187: array<f32>;
@group(0) @binding(3) var<storage, read> t1198: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1204: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l13: f32 = p_layers_0_mlp_w1_w[i];
  let l1199: f32 = t925[0i];
  let v1200: f32 = l13 * l1199;
  let x1187: f32 = t1187[i];
  let x1198: f32 = t1198[i];
  let v1201: f32 = x1187 / x1198;
  let l1202: f32 = t899[0i];
  let v1203: f32 = v1201 * l1202;
  let v1204: f32 = v1200 - v1203;
  t1204[i] = v1204;
}
