// kernel k313i_reduce
@group(0) @binding(0) var<storage, read> t1512: array<f32>;
@group(0) @binding(1) var<storage, read> t1514: array<f32>;
@group(0) @binding(2) var<storage, read> t1518: array<f32>;
@group(0) @binding(3) var<storage, read> t1522: array<f32>;
@group(0) @binding(4) var<storage, read> t1526: array<f32>;
@group(0) @binding(5) var<storage, read> t1530: array<f32>;
@group(0) @binding(6) var<storage, read> t1534: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1536: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1512: f32 = t1512[0i];
    let l1515: f32 = t1514[0i];
    let v1516: f32 = x1512 + l1515;
    let l1519: f32 = t1518[0i];
    let v1520: f32 = v1516 + l1519;
    let l1523: f32 = t1522[0i];
    let v1524: f32 = v1520 + l1523;
    let l1527: f32 = t1526[0i];
    let v1528: f32 = v1524 + l1527;
    let l1531: f32 = t1530[0i];
    let v1532: f32 = v1528 + l1531;
    let l1535: f32 = t1534[0i];
    let v1536: f32 = v1532 + l1535;
    t1536[0i] = v1536;
  }
}
