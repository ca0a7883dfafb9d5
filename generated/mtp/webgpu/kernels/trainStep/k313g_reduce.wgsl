// kernel k313g_reduce
@group(0) @binding(0) var<storage, read> t1464: array<f32>;
@group(0) @binding(1) var<storage, read> t1466: array<f32>;
@group(0) @binding(2) var<storage, read> t1470: array<f32>;
@group(0) @binding(3) var<storage, read> t1474: array<f32>;
@group(0) @binding(4) var<storage, read> t1478: array<f32>;
@group(0) @binding(5) var<storage, read> t1482: array<f32>;
@group(0) @binding(6) var<storage, read> t1486: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1488: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1464: f32 = t1464[0i];
    let l1467: f32 = t1466[0i];
    let v1468: f32 = x1464 + l1467;
    let l1471: f32 = t1470[0i];
    let v1472: f32 = v1468 + l1471;
    let l1475: f32 = t1474[0i];
    let v1476: f32 = v1472 + l1475;
    let l1479: f32 = t1478[0i];
    let v1480: f32 = v1476 + l1479;
    let l1483: f32 = t1482[0i];
    let v1484: f32 = v1480 + l1483;
    let l1487: f32 = t1486[0i];
    let v1488: f32 = v1484 + l1487;
    t1488[0i] = v1488;
  }
}
