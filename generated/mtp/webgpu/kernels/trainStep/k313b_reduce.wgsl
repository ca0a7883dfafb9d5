// kernel k313b_reduce
@group(0) @binding(0) var<storage, read> t1343: array<f32>;
@group(0) @binding(1) var<storage, read> t1346: array<f32>;
@group(0) @binding(2) var<storage, read> t1350: array<f32>;
@group(0) @binding(3) var<storage, read> t1354: array<f32>;
@group(0) @binding(4) var<storage, read> t1358: array<f32>;
@group(0) @binding(5) var<storage, read> t1362: array<f32>;
@group(0) @binding(6) var<storage, read> t1366: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1368: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let l1344: f32 = t1343[0i];
    let l1347: f32 = t1346[0i];
    let v1348: f32 = l1344 + l1347;
    let l1351: f32 = t1350[0i];
    let v1352: f32 = v1348 + l1351;
    let l1355: f32 = t1354[0i];
    let v1356: f32 = v1352 + l1355;
    let l1359: f32 = t1358[0i];
    let v1360: f32 = v1356 + l1359;
    let l1363: f32 = t1362[0i];
    let v1364: f32 = v1360 + l1363;
    let l1367: f32 = t1366[0i];
    let v1368: f32 = v1364 + l1367;
    t1368[0i] = v1368;
  }
}
