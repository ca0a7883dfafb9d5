// kernel k313h_reduce
@group(0) @binding(0) var<storage, read> t1488: array<f32>;
@group(0) @binding(1) var<storage, read> t1490: array<f32>;
@group(0) @binding(2) var<storage, read> t1494: array<f32>;
@group(0) @binding(3) var<storage, read> t1498: array<f32>;
@group(0) @binding(4) var<storage, read> t1502: array<f32>;
@group(0) @binding(5) var<storage, read> t1506: array<f32>;
@group(0) @binding(6) var<storage, read> t1510: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1512: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1488: f32 = t1488[0i];
    let l1491: f32 = t1490[0i];
    let v1492: f32 = x1488 + l1491;
    let l1495: f32 = t1494[0i];
    let v1496: f32 = v1492 + l1495;
    let l1499: f32 = t1498[0i];
    let v1500: f32 = v1496 + l1499;
    let l1503: f32 = t1502[0i];
    let v1504: f32 = v1500 + l1503;
    let l1507: f32 = t1506[0i];
    let v1508: f32 = v1504 + l1507;
    let l1511: f32 = t1510[0i];
    let v1512: f32 = v1508 + l1511;
    t1512[0i] = v1512;
  }
}
