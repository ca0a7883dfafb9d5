// kernel k177c_reduce
@group(0) @binding(0) var<storage, read> t665: array<f32>;
@group(0) @binding(1) var<storage, read> t44: array<f32>;
@group(0) @binding(2) var<storage, read_write> t668: array<f32>;
@group(0) @binding(3) var<storage, read_write> t708: array<f32>;
@group(0) @binding(4) var<storage, read> t556: array<f32>;
@group(0) @binding(5) var<storage, read_write> t740: array<f32>;
@group(0) @binding(6) var<storage, read> t529: array<f32>;
@group(0) @binding(7) var<storage, read_write> t752: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k177c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l665: f32 = t665[row + col * 64i];
    let l44: f32 = t44[row + col * 64i];
    let v667: f32 = l665 * l44;
    acc0_0 += v667;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
    t668[row] = r0_0;
    let v708: f32 = r0_0 * r0_0;
    t708[row] = v708;
    let x556: f32 = t556[row];
    let v740: f32 = x556 * x556;
    t740[row] = v740;
    let x529: f32 = t529[row];
    let v752: f32 = x529 * x529;
    t752[row] = v752;
  }
}
