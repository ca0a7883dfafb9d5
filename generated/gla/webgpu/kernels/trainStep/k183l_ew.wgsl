// kernel k183l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1486: array<f32>;
@group(0) @binding(3) var<storage, read> t1493: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1497: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_layers_1_mlp_w3_w[i];
  let l1199: f32 = t925[0i];
  let v1494: f32 = l30 * l1199;
  let x1486: f32 = t1486[i];
  let x1493: f32 = t1493[i];
  let v1495: f32 = x1486 / x1493;
  let l1202: f32 = t899[0i];
  let v1496: f32 = v1495 * l1202;
  let v1497: f32 = v1494 - v1496;
  t1497[i] = v1497;
}
