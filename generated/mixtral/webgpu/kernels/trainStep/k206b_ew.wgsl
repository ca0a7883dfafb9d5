// kernel k206b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_w1: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1197: array<f32>;
@group(0) @binding(3) var<storage, read> t1209: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1217: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l8: f32 = p_layers_0_moe_w1[i];
  let l1211: f32 = t1024[0i];
  let v1212: f32 = l8 * l1211;
  let x1197: f32 = t1197[i];
  let x1209: f32 = t1209[i];
  let v1213: f32 = x1197 / x1209;
  let l1215: f32 = t998[0i];
  let v1216: f32 = v1213 * l1215;
  let v1217: f32 = v1212 - v1216;
  t1217[i] = v1217;
}
