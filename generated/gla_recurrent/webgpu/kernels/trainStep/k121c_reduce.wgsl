// kernel k121c_reduce
@group(0) @binding(0) var<storage, read> t492: array<f32>;
@group(0) @binding(1) var<storage, read> t44: array<f32>;
@group(0) @binding(2) var<storage, read_write> t495: array<f32>;
@group(0) @binding(3) var<storage, read_write> t534: array<f32>;
@group(0) @binding(4) var<storage, read> t425: array<f32>;
@group(0) @binding(5) var<storage, read_write> t566: array<f32>;
@group(0) @binding(6) var<storage, read> t398: array<f32>;
@group(0) @binding(7) var<storage, read_write> t578: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k121c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l492: f32 = t492[row + col * 64i];
    let l44: f32 = t44[row + col * 64i];
    let v494: f32 = l492 * l44;
    acc0_0 += v494;
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
    t495[row] = r0_0;
    let v534: f32 = r0_0 * r0_0;
    t534[row] = v534;
    let x425: f32 = t425[row];
    let v566: f32 = x425 * x425;
    t566[row] = v566;
    let x398: f32 = t398[row];
    let v578: f32 = x398 * x398;
    t578[row] = v578;
  }
}
