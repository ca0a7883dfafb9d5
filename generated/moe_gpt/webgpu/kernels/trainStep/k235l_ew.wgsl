// kernel k235l_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1562: array<f32>;
@group(0) @binding(3) var<storage, read> t1569: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1573: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l24: f32 = p_layers_1_moe_w2[i];
  let l1331: f32 = t1126[0i];
  let v1570: f32 = l24 * l1331;
  let x1562: f32 = t1562[i];
  let x1569: f32 = t1569[i];
  let v1571: f32 = x1562 / x1569;
  let l1334: f32 = t1100[0i];
  let v1572: f32 = v1571 * l1334;
  let v1573: f32 = v1570 - v1572;
  t1573[i] = v1573;
}
