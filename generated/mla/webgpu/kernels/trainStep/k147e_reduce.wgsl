// kernel k147e_reduce
@group(0) @binding(0) var<storage, read> t658: array<f32>;
@group(0) @binding(1) var<storage, read> t656: array<f32>;
@group(0) @binding(2) var<storage, read> t663: array<f32>;
@group(0) @binding(3) var<storage, read> t667: array<f32>;
@group(0) @binding(4) var<storage, read> t671: array<f32>;
@group(0) @binding(5) var<storage, read> t675: array<f32>;
@group(0) @binding(6) var<storage, read> t679: array<f32>;
@group(0) @binding(7) var<storage, read_write> t681: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x658: f32 = t658[col];
    acc0_0 += x658;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    let l657: f32 = t656[0i];
    let v661: f32 = l657 + r0_0;
    let l664: f32 = t663[0i];
    let v665: f32 = v661 + l664;
    let l668: f32 = t667[0i];
    let v669: f32 = v665 + l668;
    let l672: f32 = t671[0i];
    let v673: f32 = v669 + l672;
    let l676: f32 = t675[0i];
    let v677: f32 = v673 + l676;
    let l680: f32 = t679[0i];
    let v681: f32 = v677 + l680;
    t681[0i] = v681;
  }
}
