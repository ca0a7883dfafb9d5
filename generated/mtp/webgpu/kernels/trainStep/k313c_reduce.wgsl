// kernel k313c_reduce
@group(0) @binding(0) var<storage, read> t1368: array<f32>;
@group(0) @binding(1) var<storage, read> t1370: array<f32>;
@group(0) @binding(2) var<storage, read> t1374: array<f32>;
@group(0) @binding(3) var<storage, read> t1378: array<f32>;
@group(0) @binding(4) var<storage, read> t1382: array<f32>;
@group(0) @binding(5) var<storage, read> t1386: array<f32>;
@group(0) @binding(6) var<storage, read> t1390: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1392: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1368: f32 = t1368[0i];
    let l1371: f32 = t1370[0i];
    let v1372: f32 = x1368 + l1371;
    let l1375: f32 = t1374[0i];
    let v1376: f32 = v1372 + l1375;
    let l1379: f32 = t1378[0i];
    let v1380: f32 = v1376 + l1379;
    let l1383: f32 = t1382[0i];
    let v1384: f32 = v1380 + l1383;
    let l1387: f32 = t1386[0i];
    let v1388: f32 = v1384 + l1387;
    let l1391: f32 = t1390[0i];
    let v1392: f32 = v1388 + l1391;
    t1392[0i] = v1392;
  }
}
