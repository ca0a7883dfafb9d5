// kernel k313j_reduce
@group(0) @binding(0) var<storage, read> t1536: array<f32>;
@group(0) @binding(1) var<storage, read> t1538: array<f32>;
@group(0) @binding(2) var<storage, read> t1542: array<f32>;
@group(0) @binding(3) var<storage, read> t1546: array<f32>;
@group(0) @binding(4) var<storage, read> t1550: array<f32>;
@group(0) @binding(5) var<storage, read> t1554: array<f32>;
@group(0) @binding(6) var<storage, read> t1558: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1560: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k313j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x1536: f32 = t1536[0i];
    let l1539: f32 = t1538[0i];
    let v1540: f32 = x1536 + l1539;
    let l1543: f32 = t1542[0i];
    let v1544: f32 = v1540 + l1543;
    let l1547: f32 = t1546[0i];
    let v1548: f32 = v1544 + l1547;
    let l1551: f32 = t1550[0i];
    let v1552: f32 = v1548 + l1551;
    let l1555: f32 = t1554[0i];
    let v1556: f32 = v1552 + l1555;
    let l1559: f32 = t1558[0i];
    let v1560: f32 = v1556 + l1559;
    t1560[0i] = v1560;
  }
}
