// kernel k206l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w3: array<f32>;
@group(0) @binding(1) var<storage, read> t1024: array<f32>;
@group(0) @binding(2) var<storage, read> t1417: array<f32>;
@group(0) @binding(3) var<storage, read> t1424: array<f32>;
@group(0) @binding(4) var<storage, read> t998: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1428: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k206l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_layers_1_moe_w3[i];
  let l1211: f32 = t1024[0i];
  let v1425: f32 = l20 * l1211;
  let x1417: f32 = t1417[i];
  let x1424: f32 = t1424[i];
  let v1426: f32 = x1417 / x1424;
  let l1215: f32 = t998[0i];
  let v1427: f32 = v1426 * l1215;
  let v1428: f32 = v1425 - v1427;
  t1428[i] = v1428;
}
