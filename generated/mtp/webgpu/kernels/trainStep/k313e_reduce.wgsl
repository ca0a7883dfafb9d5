// kernel k313e_reduce
@group(0) @binding(0) var<storage, read> t1416: array<f32>;
@group(0) @binding(1) var<storage, read> t1418: array<f32>;
@group(0) @binding(2) var<storage, read> t1422: array<f32>;
@group(0) @binding(3) var<storage, read> t1426: array<f32>;
@group(0) @binding(4) var<storage, read> t1430: array<f32>;
@group(0) @binding(5) var<storage, read> t1434: array<f32>;
@group(0) @binding(6) var<storage, read> t1438: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1440: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1416: f32 = t1416[0i];
    let l1419: f32 = t1418[0i];
    let v1420: f32 = x1416 + l1419;
    let l1423: f32 = t1422[0i];
    let v1424: f32 = v1420 + l1423;
    let l1427: f32 = t1426[0i];
    let v1428: f32 = v1424 + l1427;
    let l1431: f32 = t1430[0i];
    let v1432: f32 = v1428 + l1431;
    let l1435: f32 = t1434[0i];
    let v1436: f32 = v1432 + l1435;
    let l1439: f32 = t1438[0i];
    let v1440: f32 = v1436 + l1439;
    t1440[0i] = v1440;
  }
}
