// kernel k313d_reduce
@group(0) @binding(0) var<storage, read> t1392: array<f32>;
@group(0) @binding(1) var<storage, read> t1394: array<f32>;
@group(0) @binding(2) var<storage, read> t1398: array<f32>;
@group(0) @binding(3) var<storage, read> t1402: array<f32>;
@group(0) @binding(4) var<storage, read> t1406: array<f32>;
@group(0) @binding(5) var<storage, read> t1410: array<f32>;
@group(0) @binding(6) var<storage, read> t1414: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1416: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1392: f32 = t1392[0i];
    let l1395: f32 = t1394[0i];
    let v1396: f32 = x1392 + l1395;
    let l1399: f32 = t1398[0i];
    let v1400: f32 = v1396 + l1399;
    let l1403: f32 = t1402[0i];
    let v1404: f32 = v1400 + l1403;
    let l1407: f32 = t1406[0i];
    let v1408: f32 = v1404 + l1407;
    let l1411: f32 = t1410[0i];
    let v1412: f32 = v1408 + l1411;
    let l1415: f32 = t1414[0i];
    let v1416: f32 = v1412 + l1415;
    t1416[0i] = v1416;
  }
}
