// kernel k313f_reduce
@group(0) @binding(0) var<storage, read> t1440: array<f32>;
@group(0) @binding(1) var<storage, read> t1442: array<f32>;
@group(0) @binding(2) var<storage, read> t1446: array<f32>;
@group(0) @binding(3) var<storage, read> t1450: array<f32>;
@group(0) @binding(4) var<storage, read> t1454: array<f32>;
@group(0) @binding(5) var<storage, read> t1458: array<f32>;
@group(0) @binding(6) var<storage, read> t1462: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1464: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1440: f32 = t1440[0i];
    let l1443: f32 = t1442[0i];
    let v1444: f32 = x1440 + l1443;
    let l1447: f32 = t1446[0i];
    let v1448: f32 = v1444 + l1447;
    let l1451: f32 = t1450[0i];
    let v1452: f32 = v1448 + l1451;
    let l1455: f32 = t1454[0i];
    let v1456: f32 = v1452 + l1455;
    let l1459: f32 = t1458[0i];
    let v1460: f32 = v1456 + l1459;
    let l1463: f32 = t1462[0i];
    let v1464: f32 = v1460 + l1463;
    t1464[0i] = v1464;
  }
}
